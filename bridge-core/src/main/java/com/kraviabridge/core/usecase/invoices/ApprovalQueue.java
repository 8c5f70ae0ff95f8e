package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.policy.ApprovalRule;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.InvoiceApprovals;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Eligible invoices that wait for an accountant's approval in Odoo before they go to Kravia. A waiting invoice is
 * kept as {@link ParkedKind#AWAITING_APPROVAL} (apart from the records kept for review) and its Kravia status in
 * Odoo says it waits, which is what Odoo's "Waiting for Kravia approval" filter lists. Only what changed is
 * written: the invoices that start waiting get their status in one write at the end of the run, and those that
 * stopped waiting without going to Kravia (held, no longer eligible, paid) have it taken off in one more.
 */
public final class ApprovalQueue {

    private final ApprovalRule rule;
    private final InvoiceApprovals erp;
    private final ParkedRecords parked;
    private final Clock clock;

    public ApprovalQueue(ApprovalRule rule, InvoiceApprovals erp, ParkedRecords parked, Clock clock) {
        this.rule = rule;
        this.erp = erp;
        this.parked = parked;
        this.clock = clock;
    }

    /** A queue in which no invoice ever waits. */
    public static ApprovalQueue none(ParkedRecords parked, Clock clock) {
        return new ApprovalQueue(ApprovalRule.automatic(clock), InvoiceApprovals.NONE, parked, clock);
    }

    /**
     * Starts a run over the company's invoices.
     *
     * @throws RemoteFailure PERMANENT when invoices are to wait for an approval that Odoo has no field for
     */
    Run open(long companyId, boolean dryRun) {
        Optional<String> setting = rule.setting();
        if (setting.isPresent() && !erp.approvable()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, setting.get() + " makes invoices wait for"
                    + " \"Approved for Kravia\" on the invoice in Odoo, and Odoo has no such field: run bridge odoo"
                    + " setup; no invoice is handed over until then");
        }
        Map<Long, ParkedRecord> before = new HashMap<>();
        if (!dryRun) {
            for (ParkedRecord record : parked.list(companyId)) {
                if (record.kind() == ParkedKind.AWAITING_APPROVAL) {
                    before.put(invoiceIdOf(record), record);
                }
            }
        }
        return new Run(companyId, dryRun, before);
    }

    /** One run over one company's invoices. */
    final class Run {

        private final long companyId;
        private final boolean dryRun;
        private final Map<Long, ParkedRecord> waitingBefore;
        private final Map<Long, ParkedRecord> waitingNow = new LinkedHashMap<>();
        private final Set<Long> goingNow = new HashSet<>();

        private Run(long companyId, boolean dryRun, Map<Long, ParkedRecord> waitingBefore) {
            this.companyId = companyId;
            this.dryRun = dryRun;
            this.waitingBefore = waitingBefore;
        }

        /** Whether an eligible invoice waits for its approval (then it is not sent); reported as a note. */
        boolean waits(Invoice invoice, FlowReport report) {
            Optional<String> reason = rule.waitingReason(invoice);
            if (reason.isEmpty()) {
                goingNow.add(invoice.id());
                return false;
            }
            waitingNow.put(invoice.id(), new ParkedRecord(RecordKey.invoice(companyId, invoice.id()).text(),
                    companyId, ParkedKind.AWAITING_APPROVAL, invoice.number(), reason.get(), clock.instant(),
                    invoice.id()));
            report.note((dryRun ? "would wait: " : "waiting: ") + reason.get());
            return true;
        }

        /** Writes what changed: the status of the invoices that started or stopped waiting, and their records. */
        void close() {
            if (dryRun) {
                return;
            }
            List<Long> started = waitingNow.keySet().stream().filter(id -> !waitingBefore.containsKey(id)).toList();
            if (!started.isEmpty()) {
                erp.showWaiting(companyId, started);
            }
            for (ParkedRecord record : waitingNow.values()) {
                ParkedRecord earlier = waitingBefore.get(invoiceIdOf(record));
                if (earlier == null || !earlier.reason().equals(record.reason())) {
                    parked.park(record);
                }
            }
            List<Long> stopped = new ArrayList<>();
            for (Long id : waitingBefore.keySet()) {
                if (!waitingNow.containsKey(id) && !goingNow.contains(id)) {
                    stopped.add(id);
                }
            }
            if (!stopped.isEmpty()) {
                erp.clearWaiting(companyId, stopped);
            }
            releaseApprovedNotYetSent();
        }

        /**
         * An approved invoice whose registration did not go through in this run (Kravia busy) no longer waits for a
         * person: its record goes, unless the run kept it for another reason (then it is no longer of this kind).
         */
        private void releaseApprovedNotYetSent() {
            if (goingNow.stream().noneMatch(waitingBefore::containsKey)) {
                return;
            }
            List<String> keys = new ArrayList<>();
            for (ParkedRecord record : parked.list(companyId)) {
                if (record.kind() == ParkedKind.AWAITING_APPROVAL && goingNow.contains(invoiceIdOf(record))) {
                    keys.add(record.key());
                }
            }
            parked.releaseAll(keys);
        }
    }

    private static long invoiceIdOf(ParkedRecord record) {
        return RecordKey.parse(record.key()).invoiceId();
    }
}
