package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.RecordKey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The overdue invoices kept back for a person with the reason they cannot go, and the release of those that no
 * longer need one: forwarded now, kept out by a person's choice, or no longer overdue and open at all.
 */
final class ParkedInvoices {

    private final ParkedRecords parked;
    private final Clock clock;

    ParkedInvoices(ParkedRecords parked, Clock clock) {
        this.parked = parked;
        this.clock = clock;
    }

    /** Keeps a rejected invoice with its reason, shown by the status until it is fixed. */
    void park(InvoiceDecision.Reject rejected) {
        Invoice invoice = rejected.invoice();
        parked.park(new ParkedRecord(key(invoice.companyId(), invoice.id()), invoice.companyId(), ParkedKind.INVOICE,
                invoice.number(), rejected.verdict().reasonText(), clock.instant(), invoice.id()));
    }

    /** A person's choice to keep an invoice out is not a problem to fix: nothing stays parked for it. */
    void releaseKeptOut(List<Invoice> keptOut) {
        if (!keptOut.isEmpty()) {
            parked.releaseAll(keptOut.stream().map(invoice -> key(invoice.companyId(), invoice.id())).toList());
        }
    }

    /** An invoice now with Kravia has nothing left to fix. */
    void releaseForwarded(Collection<CollectionCase> registered) {
        parked.releaseAll(registered.stream().map(c -> key(c.companyId(), c.invoiceId())).toList());
    }

    /**
     * Forgets rejections and approvals waited for of invoices that are no longer candidates (paid, credited or
     * cancelled in the ERP meanwhile): nothing is left for a person to fix there.
     */
    void releaseNoLongerCandidates(long companyId, Set<Long> candidates) {
        List<String> stale = new ArrayList<>();
        for (ParkedRecord record : parked.list(companyId)) {
            if ((record.kind() == ParkedKind.INVOICE || record.kind() == ParkedKind.AWAITING_APPROVAL)
                    && !candidates.contains(RecordKey.parse(record.key()).invoiceId())) {
                stale.add(record.key());
            }
        }
        if (!stale.isEmpty()) {
            parked.releaseAll(stale);
        }
    }

    private static String key(long companyId, long invoiceId) {
        return RecordKey.invoice(companyId, invoiceId).text();
    }
}
