package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.policy.SettlementBooking;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.collector.SettlementSource;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.PostedSettlement;
import com.kraviabridge.core.port.store.PostedSettlements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flow 5: each open settlement becomes one posted, reconciled journal entry in the ERP, then Kravia is told it
 * is bookkept. The entry's reference carries the settlement id, so a retry finds the entry posted before.
 *
 * <p>Settlements are independent unless they settle the same invoice, so they are posted several at a time
 * through the {@link ParallelSender} (the ERP's latency is what a run waits on); those sharing an invoice are
 * posted one after the other. Notes on the invoices go to the ERP a few settlements at a time.
 */
public final class PostSettlements {

    /**
     * Settlements one sender posts before it writes their notes: fewer notes calls than one per settlement, and
     * few enough that the notes follow soon and the senders share the work evenly.
     */
    private static final int SETTLEMENTS_PER_TASK = 4;

    private final SettlementSource source;
    private final Ledger ledger;
    private final CaseBook cases;
    private final PostedSettlements posted;
    private final ParkedRecords parked;
    private final RemoteWrites writes;
    private final InvoiceMessages messages;
    private final SettlementBooking booking;
    private final Clock clock;
    private final ParallelSender sender;

    public PostSettlements(SettlementSource source, Ledger ledger, CaseBook cases, PostedSettlements posted,
                           ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages, SettlementBooking booking,
                           Clock clock, ParallelSender sender) {
        this.source = source;
        this.ledger = ledger;
        this.cases = cases;
        this.posted = posted;
        this.parked = parked;
        this.writes = writes;
        this.messages = messages;
        this.booking = booking;
        this.clock = clock;
        this.sender = sender;
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.SETTLEMENTS, creditor.companyId());
        List<Settlement> open = source.openSettlements(creditor.creditorId());
        SettlementCases known = SettlementCases.of(cases, creditor, open);
        List<Planned> bookable = new ArrayList<>();
        for (Settlement settlement : open) {
            plan(creditor, settlement, known, dryRun, report).ifPresent(bookable::add);
        }
        List<List<Planned>> groups = SameInvoiceGroups.of(bookable, Planned::invoiceIds);
        List<Runnable> tasks = new ArrayList<>();
        for (List<List<Planned>> task : SameInvoiceGroups.batches(groups, SETTLEMENTS_PER_TASK)) {
            tasks.add(() -> post(creditor, task, report));
        }
        sender.runAll(tasks);
        return report;
    }

    /** The entry to post, or empty when there is none: parked, or reported only in a dry run. */
    private Optional<Planned> plan(CreditorMapping creditor, Settlement settlement, SettlementCases known,
                                   boolean dryRun, FlowReport report) {
        String parkKey = "settlement:" + creditor.creditorId() + ":" + settlement.id();
        SettlementBooking.Result plan = booking.entryFor(settlement, creditor.companyId(), known::caseOf);
        if (!plan.isBookable()) {
            String reason = "settlement " + settlement.id() + " of " + settlement.amount() + " not posted: "
                    + String.join("; ", plan.problems());
            report.parked(reason);
            if (!dryRun) {
                parked.park(new ParkedRecord(parkKey, creditor.companyId(), ParkedKind.SETTLEMENT, settlement.id(),
                        reason, clock.instant(), SettlementCases.firstInvoiceId(settlement)));
            }
            return Optional.empty();
        }
        JournalEntry entry = plan.entry();
        if (dryRun) {
            report.sent("would post settlement " + settlement.id() + " of " + settlement.amount() + " in journal "
                    + entry.journalCode() + " with " + entry.lines().size() + " lines");
            return Optional.empty();
        }
        return Optional.of(new Planned(settlement, entry, parkKey, known));
    }

    /** Posts the groups' settlements, each group in its order, writing the notes of every few in one go. */
    private void post(CreditorMapping creditor, List<List<Planned>> groups, FlowReport report) {
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        int handled = 0;
        try {
            for (List<Planned> group : groups) {
                for (Planned planned : group) {
                    handle(creditor, planned, notes, report);
                    if (++handled % SETTLEMENTS_PER_TASK == 0) {
                        messages.post(List.copyOf(notes));
                        notes.clear();
                    }
                }
            }
        } finally {
            messages.post(notes);
        }
    }

    private void handle(CreditorMapping creditor, Planned planned, List<InvoiceMessages.Message> notes,
                        FlowReport report) {
        Settlement settlement = planned.settlement();
        JournalEntry entry = planned.entry();
        String parkKey = planned.parkKey();
        WriteOutcome post = writes.perform(parkKey, "settlement", creditor.companyId(), settlement.id(), CanonicalForm.of(entry),
                // Nothing to look up apart: when an attempt was sent before, post() looks the entry up by its
                // reference and completes what that attempt left undone (a draft, lines not reconciled).
                earlier -> Optional.empty(),
                (RemoteWrites.ResumableCall) resuming -> EntryIds.remoteIdOf(resuming ? ledger.post(entry)
                        : ledger.postNew(entry)));
        if (!post.isDone()) {
            reportNotDone(post, settlement, creditor, parkKey, report);
            return;
        }
        parked.release(parkKey);
        long moveId = EntryIds.moveIdOf(post.remoteId());
        String moveName = EntryIds.nameOf(post.remoteId());
        // Also when the entry was posted in an earlier run: the notes are keyed by their event, so only those a
        // crash kept from being written go out.
        notes.addAll(collectedCapitalNotes(planned, moveName));
        WriteOutcome bookkeep = writes.perform("bookkeep:" + creditor.creditorId() + ":" + settlement.id(), "bookkeep",
                creditor.companyId(), settlement.id(), moveName,
                // Marking bookkept again is harmless, so an unknown outcome is simply repeated.
                earlier -> Optional.empty(),
                () -> {
                    source.markBookkept(creditor.creditorId(), settlement.id(), moveName);
                    return moveName;
                });
        posted.save(new PostedSettlement(settlement.id(), creditor.creditorId(), creditor.companyId(), moveId, moveName,
                settlement.amount().amount(), settlement.amount().currency(), bookkeep.isDone(), clock.instant()));
        if (bookkeep.isDone() && !post.isNewlyDone() && !bookkeep.isNewlyDone()) {
            report.unchanged(); // another run did both; only the book-keeping was left here
        } else if (bookkeep.status() == WriteOutcome.Status.IN_PROGRESS_ELSEWHERE) {
            report.inProgressElsewhere("settlement " + settlement.id() + " posted as " + moveName + ": marking it"
                    + " bookkept is " + bookkeep.error());
        } else if (bookkeep.isDone()) {
            report.sent("posted settlement " + settlement.id() + " of " + settlement.amount() + " as " + moveName
                    + " and marked it bookkept in Kravia");
        } else {
            report.failed("settlement " + settlement.id() + " posted as " + moveName + " but not yet marked bookkept: "
                    + bookkeep.error() + " (retried later)");
        }
    }

    private static List<InvoiceMessages.Message> collectedCapitalNotes(Planned planned, String moveName) {
        Settlement settlement = planned.settlement();
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        for (JournalLine line : planned.entry().lines()) {
            if (line.reconcileWithInvoiceId() == 0) {
                continue;
            }
            planned.known().byInvoice(line.reconcileWithInvoiceId()).ifPresent(c -> notes.add(
                    InvoiceMessages.text(c, "settlement:" + settlement.id(), "Kravia collected " + line.amount().negate()
                            + " on this invoice; settlement " + settlement.id() + " booked as " + moveName + ".")));
        }
        return notes;
    }

    private void reportNotDone(WriteOutcome outcome, Settlement settlement, CreditorMapping creditor, String parkKey,
                               FlowReport report) {
        String what = "settlement " + settlement.id() + " of " + settlement.amount();
        switch (outcome.status()) {
            case REFUSED, STILL_REFUSED -> {
                String reason = "Odoo refused " + what + ": " + outcome.error();
                parked.park(new ParkedRecord(parkKey, creditor.companyId(), ParkedKind.SETTLEMENT, settlement.id(),
                        reason, clock.instant(), SettlementCases.firstInvoiceId(settlement)));
                report.parked(reason);
            }
            case UNKNOWN -> report.unknown(what + ": no answer from Odoo (" + outcome.error() + "); looked up before any retry");
            case IN_PROGRESS_ELSEWHERE -> report.inProgressElsewhere(what + ": " + outcome.error());
            default -> report.failed(what + ": " + outcome.error() + " (retried later)");
        }
    }

    /** A settlement ready to post: its entry, its park key and the cases its lines were matched with. */
    private record Planned(Settlement settlement, JournalEntry entry, String parkKey, SettlementCases known) {

        Set<Long> invoiceIds() {
            Set<Long> ids = new HashSet<>();
            entry.lines().forEach(l -> {
                if (l.reconcileWithInvoiceId() != 0) {
                    ids.add(l.reconcileWithInvoiceId());
                }
            });
            return ids;
        }
    }

    /** The operations log keeps one text per write; a posted entry is kept as {@code <move id>:<name>}. */
    private static final class EntryIds {

        static String remoteIdOf(PostedEntry entry) {
            return entry.moveId() + ":" + entry.name();
        }

        static long moveIdOf(String remoteId) {
            int colon = remoteId.indexOf(':');
            return colon < 0 ? 0 : Long.parseLong(remoteId.substring(0, colon));
        }

        static String nameOf(String remoteId) {
            int colon = remoteId.indexOf(':');
            return colon < 0 ? remoteId : remoteId.substring(colon + 1);
        }
    }
}
