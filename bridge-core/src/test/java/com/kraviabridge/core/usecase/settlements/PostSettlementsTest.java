package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.domain.SettlementLine;
import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.policy.SettlementBooking;
import com.kraviabridge.core.policy.SettlementPostMode;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.SettlementSource;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.erp.PurchaseTax;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.PostedSettlement;
import com.kraviabridge.core.port.store.PostedSettlements;
import com.kraviabridge.core.usecase.RetryRefused;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions of the settlement flow, in isolation from the adapters (which the end-to-end tests cover). */
class PostSettlementsTest {

    private static final CreditorMapping CREDITOR = new CreditorMapping(1, 501);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStore store = new InMemoryStore();
    private final ParallelSender sender = new ParallelSender(4);
    private final KraviaSettlements kravia = new KraviaSettlements();
    private final OdooLedger odoo = new OdooLedger();
    private final Map<String, PostedSettlement> posted = new ConcurrentHashMap<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final InMemoryOperationsLog log = new InMemoryOperationsLog(clock);

    @AfterEach
    void stopSender() {
        sender.close();
    }

    private PostSettlements flow(Map<String, String> accounts) {
        return flow(accounts, SettlementPostMode.POSTED);
    }

    private PostSettlements flow(Map<String, String> accounts, SettlementPostMode mode) {
        RemoteWrites writes = new RemoteWrites(log, clock);
        return new PostSettlements(kravia, odoo, store, new InMemoryPostedSettlements(), store, writes,
                new InvoiceMessages(new RecordingNotes(), writes), new SettlementBooking("KRV", accounts, 99), mode,
                clock, sender);
    }

    private PostSettlements flow() {
        return flow(Map.of("1500", "121000", "7770", "677000"));
    }

    private void forwarded(long invoiceId) {
        store.save(new CollectionCase(1, invoiceId, "INV/" + invoiceId, 501, 880_000 + invoiceId, "C-1", 7,
                CaseStatus.REGISTERED, null, Money.of("1000", "NOK"), null, clock.instant()));
    }

    private static Settlement collected(String id, long invoiceId) {
        return new Settlement(id, 501, DAY, Money.of("900", "NOK"), List.of(
                new SettlementLine(880_000 + invoiceId, "INV/" + invoiceId, Long.toString(invoiceId), "capital",
                        Money.of("1000", "NOK"), "1500", null, DAY, null),
                new SettlementLine(880_000 + invoiceId, "INV/" + invoiceId, Long.toString(invoiceId), "provision",
                        Money.of("-100", "NOK"), "7770", null, DAY, "Provision")));
    }

    @Test
    void anOpenSettlementIsPostedReconciledNotedAndMarkedBookkept() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));

        FlowReport report = flow().run(CREDITOR, false);

        assertThat(odoo.entries).singleElement().satisfies(entry -> {
            assertThat(entry.ref()).isEqualTo("KRAVIA-SETTLEMENT-S-7");
            assertThat(entry.lines()).anySatisfy(l -> assertThat(l.reconcileWithInvoiceId()).isEqualTo(10));
        });
        assertThat(kravia.bookkept).containsExactly("S-7=KRV/2026/0001");
        assertThat(posted.get("S-7")).satisfies(p -> {
            assertThat(p.bookkept()).isTrue();
            assertThat(p.moveId()).isEqualTo(1);
            assertThat(p.moveName()).isEqualTo("KRV/2026/0001");
        });
        assertThat(notes).containsExactly(
                "10: Kravia collected 1000.00 NOK on this invoice; settlement S-7 booked as KRV/2026/0001.");
        assertThat(report.sentCount()).isEqualTo(1);
        assertThat(report.parkedCount()).isZero();
        assertThat(store.all()).isEmpty();
    }

    @Test
    void aSettlementThatCannotBeBookedIsParkedWithItsReasonsAndNothingIsPosted() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));

        FlowReport report = flow(Map.of("1500", "121000")).run(CREDITOR, false);

        assertThat(odoo.entries).isEmpty();
        assertThat(kravia.bookkept).isEmpty();
        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(store.all()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("settlement:501:S-7");
            assertThat(p.kind()).isEqualTo(ParkedKind.SETTLEMENT);
            assertThat(p.subject()).isEqualTo("S-7");
            assertThat(p.reason()).startsWith("settlement S-7 of 900.00 NOK not posted: ")
                    .contains("settlement.account.7770");
        });
    }

    @Test
    void anEntryOdooRefusesIsParkedAndKraviaIsNotToldItWasBookedUntilItGoesThrough() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));
        odoo.refusing = true;
        PostSettlements flow = flow();

        FlowReport refused = flow.run(CREDITOR, false);

        assertThat(kravia.bookkept).isEmpty();
        assertThat(posted).isEmpty();
        assertThat(refused.parkedCount()).isEqualTo(1);
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("Odoo refused settlement S-7 of 900.00 NOK: account 121000 is deprecated"));

        odoo.refusing = false;
        assertThat(flow.run(CREDITOR, false).parkedCount()).as("refused again as long as nothing changed").isEqualTo(1);
        assertThat(odoo.entries).isEmpty();
        assertThat(new RetryRefused(store, log, clock).retry("settlement:501:S-7").outcome())
                .isEqualTo(RetryRefused.Outcome.QUEUED);
        FlowReport fixed = flow.run(CREDITOR, false);

        assertThat(fixed.sentCount()).isEqualTo(1);
        assertThat(kravia.bookkept).containsExactly("S-7=KRV/2026/0001");
        assertThat(store.all()).as("released once posted").isEmpty();
    }

    @Test
    void aDryRunPostsAndWritesNothing() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));

        FlowReport report = flow().run(CREDITOR, true);

        assertThat(report.lines()).anyMatch(l -> l.startsWith("would post settlement S-7 of 900.00 NOK in journal KRV"
                + " with 3 lines"));
        assertThat(odoo.entries).isEmpty();
        assertThat(kravia.bookkept).isEmpty();
        assertThat(posted).isEmpty();
        assertThat(notes).isEmpty();
    }

    private PostSettlements draftFlow() {
        return flow(Map.of("1500", "121000", "7770", "677000"), SettlementPostMode.DRAFT);
    }

    @Test
    void inDraftModeNothingIsBookkeptUntilAPersonPostsTheDraftThenItIsReconciledAndBookkeptOnce() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));
        PostSettlements flow = draftFlow();

        FlowReport drafted = flow.run(CREDITOR, false);
        FlowReport waiting = flow.run(CREDITOR, false);

        assertThat(odoo.entries).hasSize(1);
        assertThat(odoo.draftNotes).singleElement().asString().contains("Kravia settlement S-7").contains("draft");
        assertThat(kravia.bookkept).isEmpty();
        assertThat(posted).isEmpty();
        assertThat(odoo.reconciledMoves).isEmpty();
        assertThat(drafted.lines()).anyMatch(l -> l.contains("waits in Odoo as draft KRV/2026/0001"));
        assertThat(waiting.sentCount()).isZero();

        odoo.postedByAPerson("KRAVIA-SETTLEMENT-S-7");
        FlowReport booked = flow.run(CREDITOR, false);
        flow.run(CREDITOR, false);

        assertThat(odoo.reconciledMoves).containsExactly(1L);
        assertThat(kravia.bookkept).containsExactly("S-7=KRV/2026/0001");
        assertThat(booked.sentCount()).isEqualTo(1);
        assertThat(posted.get("S-7").bookkept()).isTrue();
        assertThat(odoo.entries).as("the draft is never made twice").hasSize(1);
    }

    @Test
    void aDeletedDraftIsMadeOnceMoreAndWhenThatIsDeletedTooTheSettlementIsParked() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));
        PostSettlements flow = draftFlow();
        flow.run(CREDITOR, false);

        odoo.drafts.clear();
        flow.run(CREDITOR, false);
        flow.run(CREDITOR, false);

        assertThat(odoo.entries).as("made again once, not on every run").hasSize(2);
        assertThat(store.all()).isEmpty();

        odoo.drafts.clear();
        FlowReport gone = flow.run(CREDITOR, false);

        assertThat(odoo.entries).hasSize(2);
        assertThat(gone.parkedCount()).isEqualTo(1);
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("draft entry of settlement S-7").contains("deleted"));
        assertThat(kravia.bookkept).isEmpty();
    }

    @Test
    void aDraftEditedSoThatItNoLongerMatchesKraviasCapitalIsParkedWithTheDifferenceAndNotBookkept() {
        forwarded(10);
        kravia.open.add(collected("S-7", 10));
        PostSettlements flow = draftFlow();
        flow.run(CREDITOR, false);
        odoo.postedByAPerson("KRAVIA-SETTLEMENT-S-7");
        JournalLine capital = odoo.entries.get(0).lines().stream().filter(l -> l.reconcileWithInvoiceId() == 10)
                .findFirst().orElseThrow();
        odoo.edited = List.of(new LineMismatch(capital, Money.of("-900", "NOK")));

        FlowReport report = flow.run(CREDITOR, false);

        assertThat(kravia.bookkept).isEmpty();
        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("posted as KRV/2026/0001").contains("-1000.00 NOK").contains("-900.00 NOK")
                .contains("-100.00 NOK"));
    }

    @Test
    void theSettlementListIsReadOnceForEveryCreditorOfTheRun() {
        CreditorMapping second = new CreditorMapping(2, 502);
        forwarded(10);
        kravia.open.add(collected("S-7", 10));
        PostSettlements flow = flow();

        flow.listOnceFor(List.of(CREDITOR, second));
        FlowReport first = flow.run(CREDITOR, false);
        FlowReport other = flow.run(second, false);

        assertThat(kravia.listed).hasValue(1);
        assertThat(first.sentCount()).isEqualTo(1);
        assertThat(other.sentCount()).isZero();
        assertThat(other.parkedCount()).isZero();
    }

    /** Kravia's open settlements; marking one bookkept takes it off the list, as Kravia does. */
    private static final class KraviaSettlements implements SettlementSource {
        final List<Settlement> open = new CopyOnWriteArrayList<>();
        final List<String> bookkept = new CopyOnWriteArrayList<>();

        final AtomicInteger listed = new AtomicInteger();

        @Override
        public Map<Long, List<Settlement>> openSettlements(Collection<Long> creditorIds) {
            listed.incrementAndGet();
            Map<Long, List<Settlement>> byCreditor = new HashMap<>();
            creditorIds.forEach(id -> byCreditor.put(id, open.stream().filter(s -> s.creditorId() == id).toList()));
            return byCreditor;
        }

        @Override
        public void markBookkept(long creditorId, String settlementId, String internalAccountingId) {
            bookkept.add(settlementId + "=" + internalAccountingId);
            open.removeIf(s -> s.id().equals(settlementId));
        }
    }

    /**
     * Odoo's ledger: numbers what it posts, or refuses it like a deprecated account would; keeps drafts by their
     * reference, which a test posts, deletes or edits as a person would.
     */
    private static final class OdooLedger implements Ledger {
        final List<JournalEntry> entries = new CopyOnWriteArrayList<>();
        final Map<String, PostedEntry> drafts = new ConcurrentHashMap<>();
        final List<String> draftNotes = new CopyOnWriteArrayList<>();
        final List<Long> reconciledMoves = new CopyOnWriteArrayList<>();
        volatile List<LineMismatch> edited = List.of();
        volatile boolean refusing;

        @Override
        public Optional<PostedEntry> findEntry(long companyId, String ref) {
            return Optional.ofNullable(drafts.get(ref));
        }

        @Override
        public PostedEntry draft(JournalEntry entry, String note) {
            return drafts.computeIfAbsent(entry.ref(), ref -> {
                entries.add(entry);
                draftNotes.add(note);
                return new PostedEntry(entries.size(), "KRV/2026/000" + entries.size(), ref, entry.date(), false);
            });
        }

        void postedByAPerson(String ref) {
            drafts.computeIfPresent(ref, (r, e) -> new PostedEntry(e.moveId(), e.name(), r, e.date(), true));
        }

        @Override
        public List<LineMismatch> reconcileReviewed(JournalEntry expected, long moveId) {
            reconciledMoves.add(moveId);
            return edited;
        }

        @Override
        public PurchaseTax purchaseTax(long companyId, String nameOrId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PostedEntry post(JournalEntry entry) {
            if (refusing) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "account 121000 is deprecated");
            }
            entries.add(entry);
            int number = entries.size();
            return new PostedEntry(number, "KRV/2026/000" + number, entry.ref(), entry.date());
        }

        @Override
        public Set<String> missingAccounts(long companyId, Collection<String> accountCodes) {
            return Set.of();
        }

        @Override
        public boolean hasJournal(long companyId, String journalCode) {
            return true;
        }
    }

    private final class InMemoryPostedSettlements implements PostedSettlements {
        @Override
        public void save(PostedSettlement settlement) {
            posted.put(settlement.settlementId(), settlement);
        }

        @Override
        public Optional<PostedSettlement> find(long creditorId, String settlementId) {
            return Optional.ofNullable(posted.get(settlementId));
        }

        @Override
        public List<PostedSettlement> list(long companyId) {
            return List.copyOf(posted.values());
        }
    }

    private final class RecordingNotes implements InvoiceNotes {
        @Override
        public void addNote(long companyId, long invoiceId, String text) {
            notes.add(invoiceId + ": " + text);
        }

        @Override
        public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        }
    }
}
