package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.InvoiceChanges;
import com.kraviabridge.core.port.erp.InvoiceAllocations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Money applied to customer invoices, read from the partial reconciliations ({@code account.partial.reconcile})
 * by id: partials are never edited, only created and deleted, so their id is a reliable cursor, and undoing an
 * allocation shows as a partial that is gone (docs/odoo-notes.md §5.3).
 *
 * <p>Gone partials are found through the invoices they were on: deleting a partial recomputes the invoice's
 * stored residual and payment state, which stamps the invoice's {@code write_date} (docs/odoo-notes.md §3.2). The
 * change mark is that {@code write_date} as Odoo reads it out, to the second; the search for changes includes the
 * mark's own second, since the database keeps microseconds and a later change in the same second must not be lost.
 */
final class OdooInvoiceAllocations implements InvoiceAllocations {

    private static final String MODEL = "account.partial.reconcile";
    private static final String INVOICES = "account.move";
    /** The mark before any change, for a company without invoices yet ("YYYY-MM-DD HH:MM:SS" sorts by time). */
    private static final String EARLIEST = "1970-01-01 00:00:00";

    private static final String DEBIT_MOVE_TYPE = "debit_move_id.move_id.move_type";
    private static final String CREDIT_MOVE_TYPE = "credit_move_id.move_id.move_type";

    private final OdooClient odoo;
    private final CounterpartClassifier classifier;

    OdooInvoiceAllocations(OdooClient odoo, CounterpartClassifier classifier) {
        this.odoo = odoo;
        this.classifier = classifier;
    }

    @Override
    public AllocationPage allocationsSince(long companyId, AllocationScope scope, long afterId, int limit) {
        int size = limit <= 0 ? odoo.pageSize() : Math.min(limit, odoo.pageSize());
        Domain domain = Domain.where("id", ">", afterId)
                .and("company_id", "=", companyId)
                .andEither(Domain.term(DEBIT_MOVE_TYPE, "=", "out_invoice"), Domain.term(CREDIT_MOVE_TYPE, "=", "out_invoice"));
        // A credit note is an allocation whose other side is a customer credit note (as CounterpartClassifier
        // decides); asking Odoo for one scope spares reading and classifying the other's allocations.
        switch (scope) {
            case CREDIT_NOTES -> domain.andEither(Domain.term(DEBIT_MOVE_TYPE, "=", "out_refund"),
                    Domain.term(CREDIT_MOVE_TYPE, "=", "out_refund"));
            case ALL_BUT_CREDIT_NOTES -> domain.and(DEBIT_MOVE_TYPE, "!=", "out_refund")
                    .and(CREDIT_MOVE_TYPE, "!=", "out_refund");
            case ALL -> { }
        }
        KeysetPage page = KeysetPage.read(size, afterId, wanted -> odoo.searchRead(companyId, MODEL, domain,
                CounterpartClassifier.PARTIAL_FIELDS, "id asc", wanted));
        List<Allocation> allocations = classifier.classify(companyId, page.rows(),
                move -> "out_invoice".equals(move.moveType()) && move.companyId() == companyId);
        return new AllocationPage(allocations, page.lastId(), page.last());
    }

    @Override
    public List<Allocation> allocationsOf(long companyId, Collection<Long> invoiceIds) {
        List<Allocation> allocations = new ArrayList<>();
        int size = odoo.pageSize();
        for (List<Long> chunk : Chunks.of(invoiceIds, size)) {
            Set<Long> invoices = new HashSet<>(chunk);
            long after = 0;
            KeysetPage page;
            do {
                Domain domain = Domain.where("id", ">", after)
                        .and("company_id", "=", companyId)
                        .andEither(Domain.term("debit_move_id.move_id", "in", chunk),
                                Domain.term("credit_move_id.move_id", "in", chunk));
                page = KeysetPage.read(size, after, wanted -> odoo.searchRead(companyId, MODEL, domain,
                        CounterpartClassifier.PARTIAL_FIELDS, "id asc", wanted));
                allocations.addAll(classifier.classify(companyId, page.rows(), move -> invoices.contains(move.id())));
                after = page.lastId();
            } while (!page.last());
        }
        return allocations;
    }

    @Override
    public Set<Long> stillPresent(long companyId, Collection<Long> allocationIds) {
        Set<Long> present = new HashSet<>();
        odoo.readByIds(companyId, MODEL, allocationIds, List.of("id")).forEach(r -> present.add(r.id()));
        return present;
    }

    @Override
    public String changeMark(long companyId) {
        List<OdooRecord> latest = odoo.searchRead(companyId, INVOICES, invoicesOf(companyId), List.of("write_date"),
                "write_date desc, id desc", 1);
        String mark = latest.isEmpty() ? null : latest.get(0).text("write_date");
        return mark == null ? EARLIEST : mark;
    }

    @Override
    public InvoiceChanges invoicesChangedSince(long companyId, String mark, long afterInvoiceId, int limit) {
        int size = limit <= 0 ? odoo.pageSize() : Math.min(limit, odoo.pageSize());
        Domain domain = invoicesOf(companyId).and("write_date", ">=", mark).and("id", ">", afterInvoiceId);
        KeysetPage page = KeysetPage.read(size, afterInvoiceId,
                wanted -> odoo.searchRead(companyId, INVOICES, domain, List.of("write_date"), "id asc", wanted));
        List<Long> ids = new ArrayList<>(page.rows().size());
        String latest = null;
        for (OdooRecord row : page.rows()) {
            ids.add(row.id());
            String written = row.text("write_date");
            if (written != null && (latest == null || written.compareTo(latest) > 0)) {
                latest = written;
            }
        }
        return new InvoiceChanges(ids, page.lastId(), page.last(), latest);
    }

    /** Every customer invoice of the company, whatever its state: an undone payment may reopen a paid one. */
    private static Domain invoicesOf(long companyId) {
        return Domain.where("move_type", "=", "out_invoice").and("company_id", "=", companyId);
    }
}
