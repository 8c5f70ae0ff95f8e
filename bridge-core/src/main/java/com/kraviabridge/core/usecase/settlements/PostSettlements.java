package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.policy.DraftReview;
import com.kraviabridge.core.policy.SettlementBooking;
import com.kraviabridge.core.policy.SettlementPostMode;
import com.kraviabridge.core.port.collector.SettlementSource;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.PostedSettlement;
import com.kraviabridge.core.port.store.PostedSettlements;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.CanonicalForm;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.write.Write;
import com.kraviabridge.core.write.WriteOutcome;

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
 * The entry is posted at once, or made as a draft that a person posts ({@link DraftReview}). Its reference carries
 * the settlement id, so a retry finds the entry made before.
 */
public final class PostSettlements {

    private final SettlementSource source;
    private final Ledger ledger;
    private final CaseBook cases;
    private final PostedSettlements posted;
    private final RemoteWrites writes;
    private final SettlementBooking booking;
    private final SettlementPostMode mode;
    private final Clock clock;
    private final SettlementSenders senders;
    private final SettlementOutcomes outcomes;
    private final Map<Long, List<Settlement>> listedForTheRun = new ConcurrentHashMap<>();

    public PostSettlements(SettlementSource source, Ledger ledger, CaseBook cases, PostedSettlements posted,
                           ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages, SettlementBooking booking,
                           SettlementPostMode mode, Clock clock, ParallelSender sender) {
        this.source = source;
        this.ledger = ledger;
        this.cases = cases;
        this.posted = posted;
        this.writes = writes;
        this.booking = booking;
        this.mode = mode;
        this.clock = clock;
        this.senders = new SettlementSenders(sender, messages);
        this.outcomes = new SettlementOutcomes(parked, clock);
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
            SettlementBooking.Result plan = booking.entryFor(settlement, creditor.companyId(), known::caseOf);
            PlannedSettlement planned = new PlannedSettlement(settlement, plan.entry(),
                    RecordKey.settlement(creditor.creditorId(), settlement.id()).text(), known);
            vatCodesWithoutTax.addAll(plan.vatCodesWithoutTax());
            if (!plan.isBookable()) {
                outcomes.park(creditor, planned, planned.describe() + " not posted: " + String.join("; ", plan.problems()),
                        dryRun, report);
            } else if (dryRun) {
                report.sent("would " + (mode == SettlementPostMode.DRAFT ? "draft " : "post ") + planned.describeEntry());
            } else {
                bookable.add(planned);
            }
        }
        SettlementBooking.outsideTheVatReturn(vatCodesWithoutTax).ifPresent(report::notice);
        senders.bookAll(bookable, (planned, notes) -> (mode == SettlementPostMode.DRAFT
                ? reviewedDraft(creditor, planned, report) : postedEntry(creditor, planned, report))
                .ifPresent(entry -> bookkeep(creditor, planned, entry, notes, report)));
        return report;
    }

    /** The entry, posted and reconciled now (or by an earlier attempt). */
    private Optional<PostedEntry> postedEntry(CreditorMapping creditor, PlannedSettlement planned, FlowReport report) {
        WriteOutcome post = writes.perform(Write.resumable(RecordKey.parse(planned.parkKey()), creditor.companyId(),
                planned.settlement().id(), CanonicalForm.of(planned.entry()),
                // Nothing to look up apart: when an attempt was sent before, post() looks the entry up by its
                // reference and completes what that attempt left undone (a draft, lines not reconciled).
                earlier -> Optional.empty(),
                resuming -> EntryIds.remoteIdOf(resuming ? ledger.post(planned.entry())
                        : ledger.postNew(planned.entry()))));
        return outcomes.entryOf(post, creditor, planned, report);
    }

    /** The entry once a person posted its draft and it was reconciled; empty while it waits or cannot be taken. */
    private Optional<PostedEntry> reviewedDraft(CreditorMapping creditor, PlannedSettlement planned, FlowReport report) {
        Settlement settlement = planned.settlement();
        Optional<PostedEntry> inErp = Optional.empty();
        for (String attempt : List.of("", "#again")) { // a deleted draft is made once more, not on every run
            WriteOutcome made = writes.perform(Write.of(
                    RecordKey.settlement(creditor.creditorId(), settlement.id() + attempt), creditor.companyId(),
                    settlement.id(), CanonicalForm.of(planned.entry()),
                    earlier -> Optional.empty(), // draft() looks the entry up by its reference first
                    () -> EntryIds.remoteIdOf(ledger.draft(planned.entry(), DraftReview.noteFor(settlement)))));
            if (outcomes.entryOf(made, creditor, planned, report).isEmpty()) {
                return Optional.empty();
            }
            inErp = ledger.findEntry(creditor.companyId(), planned.entry().ref());
            if (inErp.isPresent() || made.isNewlyDone()) {
                break;
            }
        }
        switch (DraftReview.stageOf(inErp)) {
            case DELETED -> outcomes.park(creditor, planned, DraftReview.deletedAgain(settlement), false, report);
            case AWAITING_REVIEW -> report.notice(planned.describe() + " waits in Odoo as draft " + inErp.get().name()
                    + " for a person to post it");
            case POSTED -> {
                Optional<String> mismatch = DraftReview.mismatchOf(settlement, inErp.get().name(),
                        ledger.reconcileReviewed(planned.entry(), inErp.get().moveId()));
                mismatch.ifPresent(reason -> outcomes.park(creditor, planned, reason, false, report));
                return mismatch.isPresent() ? Optional.empty() : inErp;
            }
        }
        return Optional.empty();
    }

    private void bookkeep(CreditorMapping creditor, PlannedSettlement planned, PostedEntry entry,
                          List<InvoiceMessages.Message> notes, FlowReport report) {
        Settlement settlement = planned.settlement();
        outcomes.release(planned);
        // Also when the entry was booked in an earlier run: the notes are keyed by their event, so only those a
        // crash kept from being written go out.
        notes.addAll(planned.collectedCapitalNotes(entry.name()));
        WriteOutcome bookkeep = writes.perform(Write.of(RecordKey.bookkeeping(creditor.creditorId(), settlement.id()),
                creditor.companyId(), settlement.id(), entry.name(),
                // Marking bookkept again is harmless, so an unknown outcome is simply repeated.
                earlier -> Optional.empty(),
                () -> {
                    source.markBookkept(creditor.creditorId(), settlement.id(), entry.name());
                    return entry.name();
                }));
        posted.save(new PostedSettlement(settlement.id(), creditor.creditorId(), creditor.companyId(), entry.moveId(),
                entry.name(), settlement.amount().amount(), settlement.amount().currency(), bookkeep.isDone(),
                clock.instant()));
        outcomes.bookkept(bookkeep, planned, entry, report);
    }
}
