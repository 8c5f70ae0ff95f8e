package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.WriteOutcome;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.time.Clock;
import java.util.Map;

/**
 * What became of a group's request to Kravia, for the group: recorded as sent, parked when refused, left unfinished
 * for the next run otherwise; and the excess over the capital Kravia still collects, parked for a person.
 */
final class GroupOutcomes {

    private final ParkedRecords parked;
    private final Clock clock;
    private final ParkedKind refusedAs;
    private final AllocationOutcome sentAs;

    /**
     * @param refusedAs the kind a refused request is parked as
     * @param sentAs    the outcome recorded for allocations sent to Kravia
     */
    GroupOutcomes(ParkedRecords parked, Clock clock, ParkedKind refusedAs, AllocationOutcome sentAs) {
        this.parked = parked;
        this.clock = clock;
        this.refusedAs = refusedAs;
        this.sentAs = sentAs;
    }

    /** Books the outcome of the group's request; false when the group is left unfinished. */
    boolean settle(WriteOutcome outcome, AllocationGroup group, AllocationBookkeeping page,
                   Map<Long, Money> sentPerAllocation, String key, FlowReport report, String what) {
        switch (outcome.status()) {
            case DONE, FOUND_DONE -> {
                page.sent(group, sentPerAllocation, sentAs, key);
                page.tell(InvoiceMessages.registered(what, key, group.allocations(), page.cases(), sentPerAllocation));
                report.sent("registered " + what);
                return true;
            }
            case ALREADY_DONE -> {
                // Another run sent it and has not recorded it yet: only the book-keeping is left, nothing was sent.
                // Its note too, should that run have stopped before its page was booked; a note told already is
                // not written twice.
                page.sent(group, sentPerAllocation, sentAs, key);
                page.tell(InvoiceMessages.registered(what, key, group.allocations(), page.cases(), sentPerAllocation));
                report.unchanged();
                return true;
            }
            case IN_PROGRESS_ELSEWHERE -> {
                // Left unfinished, so that the cursor stays before it until that process has recorded it.
                report.inProgressElsewhere(what + ": " + outcome.error());
                return false;
            }
            case REFUSED, STILL_REFUSED -> {
                Allocation first = group.first();
                String reason = "Kravia refused " + what + ": " + outcome.error();
                group.allocations().forEach(allocation -> page.notSent(allocation, AllocationOutcome.REFUSED));
                parked.park(new ParkedRecord(key, first.companyId(), refusedAs, first.counterpartName(), reason,
                        clock.instant(), first.invoiceId()));
                report.parked(reason);
                return true;
            }
            case UNKNOWN -> {
                report.unknown(what + ": no answer from Kravia (" + outcome.error() + "); looked up before any retry");
                return false;
            }
            default -> {
                report.failed(what + ": " + outcome.error() + " (retried later)");
                return false;
            }
        }
    }

    /** Parks, for a person, what the group applied beyond the capital Kravia still collects (not in a dry run). */
    void reportExcess(AllocationForwarding.Run run, AllocationGroup group, Map<Long, Money> excess, String what) {
        for (Allocation allocation : group.allocations()) {
            Money over = excess.get(allocation.id());
            if (over == null) {
                continue;
            }
            String reason = what + " " + allocation.counterpartName() + " applied " + allocation.amount() + " to invoice #"
                    + allocation.invoiceId() + ", " + over + " more than the capital Kravia still collects; only the capital"
                    + " was sent, settle the difference with the debtor";
            run.report().parked(reason);
            if (!run.dryRun()) {
                parked.park(new ParkedRecord(RecordKey.excess(allocation.companyId(), allocation.id()).text(),
                        allocation.companyId(), ParkedKind.EXCESS, allocation.counterpartName(), reason, clock.instant(),
                        allocation.invoiceId()));
            }
        }
    }
}
