package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.domain.SettlementLine;
import com.kraviabridge.core.port.Ledger;
import com.kraviabridge.core.port.SettlementSource;
import com.kraviabridge.core.store.CaseBook;
import com.kraviabridge.core.store.ParkedRecord;
import com.kraviabridge.core.store.ParkedRecords;
import com.kraviabridge.core.store.PostedSettlement;
import com.kraviabridge.core.store.PostedSettlements;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flow 5: each open settlement becomes one posted, reconciled journal entry in the ERP, then Kravia is told it
 * is bookkept. The entry's reference carries the settlement id, so a retry finds the entry posted before.
 */
public final class PostSettlements {

    private final SettlementSource source;
    private final Ledger ledger;
    private final CaseBook cases;
    private final PostedSettlements posted;
    private final ParkedRecords parked;
    private final RemoteWrites writes;
    private final InvoiceMessages messages;
    private final SettlementBooking booking;
    private final Clock clock;

    public PostSettlements(SettlementSource source, Ledger ledger, CaseBook cases, PostedSettlements posted,
                           ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages, SettlementBooking booking,
                           Clock clock) {
        this.source = source;
        this.ledger = ledger;
        this.cases = cases;
        this.posted = posted;
        this.parked = parked;
        this.writes = writes;
        this.messages = messages;
        this.booking = booking;
        this.clock = clock;
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.SETTLEMENTS, creditor.companyId());
        for (Settlement settlement : source.openSettlements(creditor.creditorId())) {
            handle(creditor, settlement, dryRun, report);
        }
        return report;
    }

    private void handle(CreditorMapping creditor, Settlement settlement, boolean dryRun, FlowReport report) {
        String parkKey = "settlement:" + creditor.creditorId() + ":" + settlement.id();
        SettlementBooking.Result plan = booking.entryFor(settlement, creditor.companyId(), line -> caseOf(creditor, line));
        if (!plan.isBookable()) {
            String reason = "settlement " + settlement.id() + " of " + settlement.amount() + " not posted: "
                    + String.join("; ", plan.problems());
            report.parked(reason);
            if (!dryRun) {
                parked.park(new ParkedRecord(parkKey, creditor.companyId(), "settlement", settlement.id(), reason,
                        clock.instant()));
            }
            return;
        }
        JournalEntry entry = plan.entry();
        if (dryRun) {
            report.sent("would post settlement " + settlement.id() + " of " + settlement.amount() + " in journal "
                    + entry.journalCode() + " with " + entry.lines().size() + " lines");
            return;
        }
        WriteOutcome post = writes.perform(parkKey, "settlement", creditor.companyId(), settlement.id(), entry.toString(),
                earlier -> ledger.findEntry(creditor.companyId(), entry.ref()).map(EntryIds::remoteIdOf),
                () -> EntryIds.remoteIdOf(ledger.post(entry)));
        if (!post.isDone()) {
            reportNotDone(post, settlement, creditor, parkKey, report);
            return;
        }
        parked.release(parkKey);
        long moveId = EntryIds.moveIdOf(post.remoteId());
        String moveName = EntryIds.nameOf(post.remoteId());
        if (post.isNewlyDone()) {
            posted.save(new PostedSettlement(settlement.id(), creditor.creditorId(), creditor.companyId(), moveId, moveName,
                    settlement.amount().amount(), settlement.amount().currency(), false, clock.instant()));
            noteCollectedCapital(entry, settlement, moveName);
        }
        WriteOutcome bookkeep = writes.perform("bookkeep:" + creditor.creditorId() + ":" + settlement.id(), "bookkeep",
                creditor.companyId(), settlement.id(), moveName,
                // Marking bookkept again is harmless, so an unknown outcome is simply repeated.
                earlier -> Optional.empty(),
                () -> {
                    source.markBookkept(creditor.creditorId(), settlement.id(), moveName);
                    return moveName;
                });
        if (bookkeep.isDone()) {
            posted.save(new PostedSettlement(settlement.id(), creditor.creditorId(), creditor.companyId(), moveId, moveName,
                    settlement.amount().amount(), settlement.amount().currency(), true, clock.instant()));
            report.sent("posted settlement " + settlement.id() + " of " + settlement.amount() + " as " + moveName
                    + " and marked it bookkept in Kravia");
        } else {
            report.failed("settlement " + settlement.id() + " posted as " + moveName + " but not yet marked bookkept: "
                    + bookkeep.error() + " (retried later)");
        }
    }

    private void noteCollectedCapital(JournalEntry entry, Settlement settlement, String moveName) {
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        for (JournalLine line : entry.lines()) {
            if (line.reconcileWithInvoiceId() == 0) {
                continue;
            }
            cases.byInvoice(entry.companyId(), line.reconcileWithInvoiceId()).ifPresent(c -> notes.add(
                    InvoiceMessages.text(c, "settlement:" + settlement.id(), "Kravia collected " + line.amount().negate()
                            + " on this invoice; settlement " + settlement.id() + " booked as " + moveName + ".")));
        }
        messages.post(notes);
    }

    private void reportNotDone(WriteOutcome outcome, Settlement settlement, CreditorMapping creditor, String parkKey,
                               FlowReport report) {
        String what = "settlement " + settlement.id() + " of " + settlement.amount();
        switch (outcome.status()) {
            case REFUSED, STILL_REFUSED -> {
                String reason = "Odoo refused " + what + ": " + outcome.error();
                parked.park(new ParkedRecord(parkKey, creditor.companyId(), "settlement", settlement.id(), reason,
                        clock.instant()));
                report.parked(reason);
            }
            case UNKNOWN -> report.unknown(what + ": no answer from Odoo (" + outcome.error() + "); looked up before any retry");
            default -> report.failed(what + ": " + outcome.error() + " (retried later)");
        }
    }

    private Optional<CollectionCase> caseOf(CreditorMapping creditor, SettlementLine line) {
        if (line.kraviaInvoiceId() != null) {
            Optional<CollectionCase> byCase = cases.byKraviaId(creditor.creditorId(), line.kraviaInvoiceId());
            if (byCase.isPresent()) {
                return byCase;
            }
        }
        if (line.accountingInvoiceId() != null && line.accountingInvoiceId().matches("\\d+")) {
            return cases.byInvoice(creditor.companyId(), Long.parseLong(line.accountingInvoiceId()));
        }
        return Optional.empty();
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
