package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoicePage;
import com.kraviabridge.core.pipeline.PageReader;
import com.kraviabridge.core.port.erp.OpenInvoices;

import java.time.LocalDate;
import java.util.List;

/** A company's open invoices due on or before a day, page by page in id order; an empty page ends the walk. */
final class OverdueInvoicePages implements PageReader<List<Invoice>> {

    private final OpenInvoices invoices;
    private final long companyId;
    private final LocalDate dueOnOrBefore;
    private final int pageSize;
    private long after;
    private boolean more = true;

    OverdueInvoicePages(OpenInvoices invoices, long companyId, LocalDate dueOnOrBefore, int pageSize) {
        this.invoices = invoices;
        this.companyId = companyId;
        this.dueOnOrBefore = dueOnOrBefore;
        this.pageSize = pageSize;
    }

    @Override
    public List<Invoice> next() {
        if (!more) {
            return null;
        }
        InvoicePage page = invoices.overdueInvoices(companyId, dueOnOrBefore, after, pageSize);
        after = page.lastId();
        more = !page.last() && !page.invoices().isEmpty();
        return page.invoices();
    }

    @Override
    public boolean hasMore() {
        return more;
    }
}
