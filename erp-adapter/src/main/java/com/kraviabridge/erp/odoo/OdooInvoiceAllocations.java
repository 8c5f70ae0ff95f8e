package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.port.InvoiceAllocations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Money applied to customer invoices, read from the partial reconciliations ({@code account.partial.reconcile})
 * by id: partials are never edited, only created and deleted, so their id is a reliable cursor, and undoing an
 * allocation shows as a partial that is gone (P19).
 */
final class OdooInvoiceAllocations implements InvoiceAllocations {

    private static final String MODEL = "account.partial.reconcile";

    private final OdooClient odoo;
    private final CounterpartClassifier classifier;

    OdooInvoiceAllocations(OdooClient odoo, CounterpartClassifier classifier) {
        this.odoo = odoo;
        this.classifier = classifier;
    }

    @Override
    public AllocationPage allocationsSince(long companyId, long afterId, int limit) {
        int size = limit <= 0 ? odoo.pageSize() : Math.min(limit, odoo.pageSize());
        Domain domain = Domain.where("id", ">", afterId)
                .and("company_id", "=", companyId)
                .andEither(Domain.term("debit_move_id.move_id.move_type", "=", "out_invoice"),
                        Domain.term("credit_move_id.move_id.move_type", "=", "out_invoice"));
        List<OdooRecord> rows = odoo.searchRead(companyId, MODEL, domain, CounterpartClassifier.PARTIAL_FIELDS,
                "id asc", size);
        List<Allocation> allocations = classifier.classify(companyId, rows,
                move -> "out_invoice".equals(move.moveType()) && move.companyId() == companyId);
        long lastId = rows.isEmpty() ? afterId : rows.get(rows.size() - 1).id();
        return new AllocationPage(allocations, lastId, rows.size() < size);
    }

    @Override
    public List<Allocation> allocationsOf(long companyId, Collection<Long> invoiceIds) {
        List<Allocation> allocations = new ArrayList<>();
        int size = odoo.pageSize();
        for (List<Long> chunk : Chunks.of(invoiceIds, size)) {
            Set<Long> invoices = new HashSet<>(chunk);
            long after = 0;
            while (true) {
                Domain domain = Domain.where("id", ">", after)
                        .and("company_id", "=", companyId)
                        .andEither(Domain.term("debit_move_id.move_id", "in", chunk),
                                Domain.term("credit_move_id.move_id", "in", chunk));
                List<OdooRecord> rows = odoo.searchRead(companyId, MODEL, domain,
                        CounterpartClassifier.PARTIAL_FIELDS, "id asc", size);
                allocations.addAll(classifier.classify(companyId, rows, move -> invoices.contains(move.id())));
                if (rows.size() < size) {
                    break;
                }
                after = rows.get(rows.size() - 1).id();
            }
        }
        return allocations;
    }
}
