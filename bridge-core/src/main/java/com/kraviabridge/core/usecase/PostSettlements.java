package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.policy.DraftReview;
import com.kraviabridge.core.policy.SettlementBooking;
import com.kraviabridge.core.policy.SettlementPostMode;
import com.kraviabridge.core.port.collector.SettlementSource;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.PostedSettlement;
import com.kraviabridge.core.port.store.PostedSettlements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flow 5: each open settlement becomes one reconciled journal entry in the ERP, then Kravia is told it is bookkept.
 * The entry is posted at once, or made as a draft that a person posts ({@link DraftReview}). The entry's reference
 * carries the settlement id, so a retry finds the entry made before.
 */
public final class PostSettlements {

    private final SettlementSource source;
    private final Ledger ledger;
    private final CaseBook cases;
    private final PostedSettlements posted;
    private final ParkedRecords parked;
    private final RemoteWrites writes;
    private final SettlementBooking booking;
    private final SettlementPostMode mode;
    private final Clock clock;
    private final SettlementSenders senders;
    private final Map<Long, List<Settlement>> listedForTheRun = new ConcurrentHashMap<>();

    public PostSettlements(SettlementSource source, Ledger ledger, CaseBook cases, PostedSettlements posted,
                           ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages, SettlementBooking booking,
                           SettlementPostMode mode, Clock clock, ParallelSender sender) {
        this.source = source;
        this.ledger = ledger;
        this.cases = cases;
        this.posted = posted;
        this.parked = parked;
        this.writes = writes;
        this.booking = booking;
        this.mode = mode;
        this.clock = clock;
        this.senders = new SettlementSenders(sender, messages);
    }

    /** Reads the settlements of all these creditors in one go; each creditor's next run takes its part. */
    public void listOnceFor(List<CreditorMapping> creditors) {
        listedForTheRun.putAll(source.openSettlements(creditors.stream().map(CreditorMapping::creditorId).toList()));
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.SETTLEMENTS, creditor.companyId());
        List<Settlement> open = Optional.ofNullable(listedForTheRun.remove(creditor.creditorId()))
                .orElseGet(() -> source.openSettlements(creditor.creditorId()));
        SettlementCases known = SettlementCases.of(cases, creditor, open);
        List<PlannedSettlement> bookable = new ArrayList<>();
        Set<String> vatCodesWithoutTax = new TreeSet<>();
        for (Settlement settlement : open) {
            String parkKey = "settlement:" + creditor.creditorId() + ":" + settlement.id();
            SettlementBooking.Result plan = booking.entryFor(settlement, creditor.companyId(), known::caseOf);
            vatCodesWithoutTax.addAll(plan.vatCodesWithoutTax());
            if (!plan.isBookable()) {
                park(parkKey, creditor, settlement, "settlement " + settlement.id() + " of " + settlement.amount()
                        + " not posted: " + String.join("; ", plan.problems()), dryRun, report);
            } else if (dryRun) {
                report.sent("would " + (mode == SettlementPostMode.DRAFT ? "draft" : "post") + " settlement "
                        + settlement.id() + " of " + settlement.amount() + " in journal " + plan.entry().journalCode()
                        + " with " + plan.entry().lines().size() + " lines");
            } else {
                bookable.add(new PlannedSettlement(settlement, plan.entry(), parkKey, known));
            }
        }
        if (!vatCodesWithoutTax.isEmpty()) {
            report.notice("VAT lines of Kravia VAT code " + String.join(", ", vatCodesWithoutTax) + " are booked as plain"
                    + " lines, outside the VAT return: map each to a purchase tax with settlement.vat-tax.<code>");
        }
        senders.bookAll(bookable, (planned, notes) -> book(creditor, planned, notes, report));
        return report;
    }

    private void book(CreditorMapping creditor, PlannedSettlement planned, List<InvoiceMessages.Message> notes,
                      FlowReport report) {
        Optional<PostedEntry> entry = mode == SettlementPostMode.DRAFT ? reviewedDraft(creditor, planned, report)
                : postedEntry(creditor, planned, report);
        entry.ifPresent(e -> bookkeep(creditor, planned, e, notes, report));
    }

    /** The entry, posted and reconciled now (or by an earlier attempt). */
    private Optional<PostedEntry> postedEntry(CreditorMapping creditor, PlannedSettlement planned, FlowReport report) {
        WriteOutcome post = writes.perform(planned.parkKey(), "settlement", creditor.companyId(),
                planned.settlement().id(), CanonicalForm.of(planned.entry()),
                // Nothing to look up apart: when an attempt was sent before, post() looks the entry up by its
                // reference and completes what that attempt left undone (a draft, lines not reconciled).
                earlier -> Optional.empty(),
                (RemoteWrites.ResumableCall) resuming -> EntryIds.remoteIdOf(resuming ? ledger.post(planned.entry())
                        : ledger.postNew(planned.entry())));
        return done(post, creditor, planned, report);
    }

    /** The entry once a person posted its draft and it was reconciled; empty while it waits or cannot be taken. */
    private Optional<PostedEntry> reviewedDraft(CreditorMapping creditor, PlannedSettlement planned, FlowReport report) {
        Settlement settlement = planned.settlement();
        Optional<PostedEntry> inErp = Optional.empty();
        for (String attempt : List.of("", "#again")) { // a deleted draft is made once more, not twice
            WriteOutcome made = writes.perform(planned.parkKey() + attempt, "settlement", creditor.companyId(),
                    settlement.id(), CanonicalForm.of(planned.entry()),
                    earlier -> Optional.empty(), // draft() looks the entry up by its reference first
                    () -> EntryIds.remoteIdOf(ledger.draft(planned.entry(), DraftReview.noteFor(settlement))));
            if (done(made, creditor, planned, report).isEmpty()) {
                return Optional.empty();
            }
            inErp = ledger.findEntry(creditor.companyId(), planned.entry().ref());
            if (inErp.isPresent() || made.isNewlyDone()) {
                break;
            }
        }
        switch (DraftReview.stageOf(inErp)) {
            case DELETED -> park(planned.parkKey(), creditor, settlement, DraftReview.deletedAgain(settlement), false, report);
            case AWAITING_REVIEW -> report.notice(planned.describe() + " waits in Odoo as draft " + inErp.get().name()
                    + " for a person to post it");
            case POSTED -> {
                Optional<String> mismatch = DraftReview.mismatchOf(settlement, inErp.get().name(),
                        ledger.reconcileReviewed(planned.entry(), inErp.get().moveId()));
                mismatch.ifPresent(reason -> park(planned.parkKey(), creditor, settlement, reason, false, report));
                return mismatch.isPresent() ? Optional.empty() : inErp;
            }
        }
        return Optional.empty();
    }

    private void bookkeep(CreditorMapping creditor, PlannedSettlement planned, PostedEntry entry,
                          List<InvoiceMessages.Message> notes, FlowReport report) {
        Settlement settlement = planned.settlement();
        parked.release(planned.parkKey());
        // Also when the entry was booked in an earlier run: the notes are keyed by their event, so only those a
        // crash kept from being written go out.
        notes.addAll(planned.collectedCapitalNotes(entry.name()));
        WriteOutcome bookkeep = writes.perform("bookkeep:" + creditor.creditorId() + ":" + settlement.id(), "bookkeep",
                creditor.companyId(), settlement.id(), entry.name(),
                // Marking bookkept again is harmless, so an unknown outcome is simply repeated.
                earlier -> Optional.empty(),
                () -> {
                    source.markBookkept(creditor.creditorId(), settlement.id(), entry.name());
                    return entry.name();
                });
        posted.save(new PostedSettlement(settlement.id(), creditor.creditorId(), creditor.companyId(), entry.moveId(),
                entry.name(), settlement.amount().amount(), settlement.amount().currency(), bookkeep.isDone(),
                clock.instant()));
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

    /** The entry a write made, or empty with the reason reported (and the settlement parked if Odoo refused it). */
    private Optional<PostedEntry> done(WriteOutcome outcome, CreditorMapping creditor, PlannedSettlement planned,
                                       FlowReport report) {
        if (outcome.isDone()) {
            return Optional.of(new PostedEntry(EntryIds.moveIdOf(outcome.remoteId()), EntryIds.nameOf(outcome.remoteId()),
                    planned.entry().ref(), planned.entry().date()));
        }
        String what = planned.describe();
        switch (outcome.status()) {
            case REFUSED, STILL_REFUSED -> park(planned.parkKey(), creditor, planned.settlement(),
                    "Odoo refused " + what + ": " + outcome.error(), false, report);
            case UNKNOWN -> report.unknown(what + ": no answer from Odoo (" + outcome.error() + "); looked up before any retry");
            case IN_PROGRESS_ELSEWHERE -> report.inProgressElsewhere(what + ": " + outcome.error());
            default -> report.failed(what + ": " + outcome.error() + " (retried later)");
        }
        return Optional.empty();
    }

    private void park(String parkKey, CreditorMapping creditor, Settlement settlement, String reason, boolean dryRun,
                      FlowReport report) {
        report.parked(reason);
        if (!dryRun) {
            parked.park(new ParkedRecord(parkKey, creditor.companyId(), ParkedKind.SETTLEMENT, settlement.id(), reason,
                    clock.instant()));
        }
    }
}
