package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoicePage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** ERP port: reads customer invoices with their debtors. Implementations batch and page their reads. */
public interface OpenInvoices {

    /**
     * Posted customer invoices of the company that are unpaid or partly paid, with an open residual, due on or
     * before {@code dueOnOrBefore}, with id greater than {@code afterInvoiceId}, ascending by id. Invoices the ERP
     * shows as forwarded already (where it can) are left out; others that were forwarded may still come back.
     */
    InvoicePage overdueInvoices(long companyId, LocalDate dueOnOrBefore, long afterInvoiceId, int limit);

    /** The current state of the given invoices, whatever their payment state; unknown ids are left out. */
    List<Invoice> invoices(long companyId, Collection<Long> invoiceIds);
}
