package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.write.WriteOutcome;

import java.time.Clock;
import java.util.Optional;

/** What became of each settlement of a run, in its report, and the settlements kept for review. */
final class SettlementOutcomes {

    private final ParkedRecords parked;
    private final Clock clock;

    SettlementOutcomes(ParkedRecords parked, Clock clock) {
        this.parked = parked;
        this.clock = clock;
    }

    /** Keeps the settlement for review with its reason (only reports it in a dry run). */
    void park(CreditorMapping creditor, PlannedSettlement planned, String reason, boolean dryRun, FlowReport report) {
        report.parked(reason);
        if (!dryRun) {
            parked.park(new ParkedRecord(planned.parkKey(), creditor.companyId(), ParkedKind.SETTLEMENT,
                    planned.settlement().id(), reason, clock.instant(),
                    SettlementCases.firstInvoiceId(planned.settlement())));
        }
    }

    void release(PlannedSettlement planned) {
        parked.release(planned.parkKey());
    }

    /** The entry a write to the ERP made, or empty with the reason reported (parked when Odoo refused it). */
    Optional<PostedEntry> entryOf(WriteOutcome outcome, CreditorMapping creditor, PlannedSettlement planned,
                                  FlowReport report) {
        if (outcome.isDone()) {
            return Optional.of(new PostedEntry(EntryIds.moveIdOf(outcome.remoteId()), EntryIds.nameOf(outcome.remoteId()),
                    planned.entry().ref(), planned.entry().date()));
        }
        String what = planned.describe();
        switch (outcome.status()) {
            case REFUSED, STILL_REFUSED -> park(creditor, planned, "Odoo refused " + what + ": " + outcome.error(), false,
                    report);
            case UNKNOWN -> report.unknown(what + ": no answer from Odoo (" + outcome.error() + "); looked up before any retry");
            case IN_PROGRESS_ELSEWHERE -> report.inProgressElsewhere(what + ": " + outcome.error());
            default -> report.failed(what + ": " + outcome.error() + " (retried later)");
        }
        return Optional.empty();
    }

    /** How telling Kravia that the settlement is bookkept went. */
    void bookkept(WriteOutcome bookkeep, PlannedSettlement planned, PostedEntry entry, FlowReport report) {
        if (bookkeep.isDone() && !bookkeep.isNewlyDone()) {
            report.unchanged(); // another run marked it bookkept; at most the notes were left here
        } else if (bookkeep.status() == WriteOutcome.Status.IN_PROGRESS_ELSEWHERE) {
            report.inProgressElsewhere(planned.describe() + " booked as " + entry.name() + ": marking it bookkept is "
                    + bookkeep.error());
        } else if (bookkeep.isDone()) {
            report.sent("booked " + planned.describe() + " as " + entry.name() + " and marked it bookkept in Kravia");
        } else {
            report.failed(planned.describe() + " booked as " + entry.name() + " but not yet marked bookkept: "
                    + bookkeep.error() + " (retried later)");
        }
    }
}
