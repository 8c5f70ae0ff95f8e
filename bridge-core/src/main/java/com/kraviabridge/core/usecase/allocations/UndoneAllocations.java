package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.InvoiceChanges;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds payments or credits that were undone in the ERP after they reached Kravia. An undone allocation leaves
 * no trace of its own (Odoo deletes the partial reconciliation), but it changes its invoice, whose open residual
 * goes up. So each run looks only at the invoices changed since the previous run and asks whether the
 * allocations sent on them still exist: the cost follows the number of changes, not of cases.
 *
 * <p>Looking at changes alone can miss one in a rare race: the ERP stamps a change with the time its transaction
 * began, so an undoing that commits late may carry a time before a change already seen. A sweep over every sent
 * allocation, once per {@link #SWEEP_INTERVAL}, bounds how long such a miss can stay unnoticed; it asks only
 * whether the allocations exist, about one call per page of them.
 */
final class UndoneAllocations {

    /**
     * How often every sent allocation is checked, whatever changed. A day: the race it covers is rare, an undone
     * payment is reported for a person to correct in Kravia's portal (so hours do not matter), and the sweep's
     * cost grows with every payment ever forwarded.
     */
    static final Duration SWEEP_INTERVAL = Duration.ofHours(24);

    private final InvoiceAllocations allocations;
    private final ForwardedAllocations handled;
    private final Cursors cursors;
    private final ParkedRecords parked;
    private final Clock clock;
    private final int pageSize;
    private final AllocationOutcome kind;

    /** @param kind the outcome recorded for allocations sent to Kravia (payment, credit) */
    UndoneAllocations(InvoiceAllocations allocations, ForwardedAllocations handled, Cursors cursors,
                      ParkedRecords parked, Clock clock, int pageSize, AllocationOutcome kind) {
        this.allocations = allocations;
        this.handled = handled;
        this.cursors = cursors;
        this.parked = parked;
        this.clock = clock;
        this.pageSize = pageSize;
        this.kind = kind;
    }

    void find(long companyId, FlowReport report) {
        String markStream = "erp.undone." + kind.code();
        String sweepStream = markStream + ".sweep";
        Optional<String> mark = cursors.read(companyId, markStream);
        Optional<Instant> swept = cursors.read(companyId, sweepStream).map(Instant::parse);
        if (mark.isEmpty() || swept.isEmpty() || !swept.get().plus(SWEEP_INTERVAL).isAfter(clock.instant())) {
            // Taken before the sweep: whatever changes while it runs is looked at on the next run.
            String fresh = allocations.changeMark(companyId);
            sweep(companyId, report);
            cursors.write(companyId, markStream, fresh);
            cursors.write(companyId, sweepStream, clock.instant().toString());
        } else {
            String latest = lookAtChanges(companyId, mark.get(), report);
            if (!latest.equals(mark.get())) {
                cursors.write(companyId, markStream, latest);
            }
        }
    }

    private String lookAtChanges(long companyId, String mark, FlowReport report) {
        String latest = mark;
        long after = 0;
        while (true) {
            InvoiceChanges changes = allocations.invoicesChangedSince(companyId, mark, after, pageSize);
            if (changes.invoiceIds().isEmpty()) {
                return latest;
            }
            check(companyId, handled.ofInvoices(companyId, changes.invoiceIds()).stream()
                    .filter(f -> f.outcome() == kind && f.amount().signum() > 0).toList(), report);
            if (changes.latestMark() != null && changes.latestMark().compareTo(latest) > 0) {
                latest = changes.latestMark();
            }
            if (changes.last()) {
                return latest;
            }
            after = changes.lastId();
        }
    }

    private void sweep(long companyId, FlowReport report) {
        long after = 0;
        while (true) {
            List<ForwardedAllocation> sent = handled.sentPage(companyId, kind, after, pageSize);
            if (sent.isEmpty()) {
                return;
            }
            check(companyId, sent, report);
            if (sent.size() < pageSize) {
                return;
            }
            after = sent.get(sent.size() - 1).allocationId();
        }
    }

    private void check(long companyId, List<ForwardedAllocation> sent, FlowReport report) {
        if (sent.isEmpty()) {
            return;
        }
        Set<Long> present = allocations.stillPresent(companyId,
                sent.stream().map(ForwardedAllocation::allocationId).toList());
        for (ForwardedAllocation f : sent) {
            if (present.contains(f.allocationId())) {
                continue;
            }
            handled.markUndone(companyId, f.allocationId());
            String reason = kind.code() + " of " + f.amount().toPlainString() + " " + f.currency() + " on invoice #"
                    + f.invoiceId() + " (Kravia case " + f.kraviaInvoiceId() + ") was undone in Odoo after it was sent"
                    + " to Kravia; Kravia has no reversal, so correct the case in Kravia's portal";
            parked.park(new ParkedRecord(RecordKey.undone(companyId, f.allocationId()).text(), companyId, ParkedKind.UNDONE,
                    "#" + f.invoiceId(), reason, clock.instant(), f.invoiceId()));
            report.parked(reason);
        }
    }
}
