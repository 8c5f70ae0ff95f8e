package com.kraviabridge.store;

import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.OpenedReviewTask;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.PostedSettlement;
import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.port.store.WebhookEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The smaller store ports, each round-tripped through its table. */
@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class StorePortsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T06:00:00Z"));
    private Database db;

    @BeforeAll
    void open(Database database) {
        db = database;
    }

    @Test
    void cursorsAreWrittenReadAndOverwrittenPerCompanyAndStream() {
        JdbcCursors cursors = new JdbcCursors(db.dataSource(), clock);

        assertThat(cursors.read(1, "erp.allocations.payments")).isEmpty();
        cursors.write(1, "erp.allocations.payments", "1200");
        cursors.write(2, "erp.allocations.payments", "7");
        cursors.write(1, "kravia.lastUpdatedTime", "2026-04-01T05:59:00");
        cursors.write(1, "erp.allocations.payments", "1350");

        assertThat(cursors.read(1, "erp.allocations.payments")).contains("1350");
        assertThat(cursors.read(2, "erp.allocations.payments")).contains("7");
        assertThat(cursors.read(1, "kravia.lastUpdatedTime")).contains("2026-04-01T05:59:00");
        assertThat(cursors.read(1, "ERP.ALLOCATIONS.PAYMENTS")).isEmpty();
    }

    @Test
    void statusHistoryRecordsEachChangeOnce() {
        JdbcStatusHistory history = new JdbcStatusHistory(db.dataSource());
        StatusChange registered = new StatusChange(11, 9001, 4711, "REGISTERED", null,
                LocalDateTime.parse("2026-04-01T08:00:00.000001"), Instant.parse("2026-04-01T08:01:00Z"));
        StatusChange closed = new StatusChange(11, 9001, 4711, "CLOSED", "PaidToCreditor",
                LocalDateTime.parse("2026-04-03T09:00:00"), Instant.parse("2026-04-03T09:05:00Z"));
        StatusChange undated = new StatusChange(11, 9001, 4711, "Reminder", null, null, Instant.parse("2026-04-02T00:00:00Z"));

        assertThat(history.record(closed)).isTrue();
        assertThat(history.record(registered)).isTrue();
        assertThat(history.record(undated)).isTrue();
        assertThat(history.record(registered)).isFalse();
        assertThat(history.record(undated)).isFalse();
        assertThat(history.record(new StatusChange(11, 9001, 4711, "CLOSED", "other text", closed.kraviaUpdatedAt(),
                Instant.parse("2026-04-04T00:00:00Z")))).isFalse();

        // undated first (it sorts as the oldest time), then by Kravia's time
        assertThat(history.of(11, 9001)).containsExactly(undated, registered, closed);
        assertThat(history.of(12, 9001)).isEmpty();
    }

    @Test
    void webhookInboxDropsRepeatedDeliveriesAndHandsOutPendingEvents() {
        JdbcWebhookInbox inbox = new JdbcWebhookInbox(db.dataSource(), clock);
        long pendingBefore = inbox.countPending();
        Instant received = Instant.parse("2026-04-01T10:00:00.123Z");

        assertThat(inbox.add(new WebhookEvent(0, 21, 700, "StatusChanged", 1_711_000_000L, received))).isTrue();
        assertThat(inbox.add(new WebhookEvent(0, 21, 700, "StatusChanged", 1_711_000_000L, received))).isFalse();
        assertThat(inbox.add(new WebhookEvent(0, 21, 700, "StatusChanged", 1_711_000_001L, received))).isTrue();
        assertThat(inbox.add(new WebhookEvent(0, 21, 701, "PaymentReceived", 1_711_000_000L, received))).isTrue();
        assertThat(inbox.add(new WebhookEvent(0, 22, 700, "StatusChanged", 1_711_000_000L, received))).isTrue();

        List<WebhookEvent> pending = inbox.pending(21, 10);
        assertThat(pending).extracting(WebhookEvent::claimId).containsExactly(700L, 700L, 701L);
        assertThat(pending).allSatisfy(e -> {
            assertThat(e.id()).isPositive();
            assertThat(e.creditorId()).isEqualTo(21);
            assertThat(e.receivedAt()).isEqualTo(received);
        });
        assertThat(pending.get(0)).isEqualTo(new WebhookEvent(pending.get(0).id(), 21, 700, "StatusChanged",
                1_711_000_000L, received));
        assertThat(inbox.pending(21, 2)).hasSize(2);
        assertThat(inbox.countPending() - pendingBefore).isEqualTo(4);

        inbox.markProcessed(List.of(pending.get(0).id(), pending.get(2).id()));
        assertThat(inbox.pending(21, 10)).extracting(WebhookEvent::id).containsExactly(pending.get(1).id());
        assertThat(inbox.countPending() - pendingBefore).isEqualTo(2);
        inbox.markProcessed(List.of());
        // processed, yet still remembered: a late duplicate is not let in again
        assertThat(inbox.add(new WebhookEvent(0, 21, 700, "StatusChanged", 1_711_000_000L, received))).isFalse();
    }

    @Test
    void processedWebhookCallsOlderThanTheCutOffAreDeletedAFewAtATime() {
        // a clock of its own, years before the other tests' calls, so only this test's calls are old enough
        MutableClock then = new MutableClock(Instant.parse("2020-01-01T00:00:00Z"));
        JdbcWebhookInbox inbox = new JdbcWebhookInbox(db.dataSource(), then);
        long creditor = 41;
        for (long claim = 1; claim <= 3; claim++) {
            inbox.add(new WebhookEvent(0, creditor, claim, "CaseUpdate", 1_577_836_800L, then.instant()));
        }
        inbox.markProcessed(inbox.pending(creditor, 10).stream().map(WebhookEvent::id).toList());
        then.advance(Duration.ofDays(20));
        inbox.add(new WebhookEvent(0, creditor, 4, "CaseUpdate", 1_577_836_800L, then.instant()));
        inbox.add(new WebhookEvent(0, creditor, 5, "CaseUpdate", 1_577_836_800L, then.instant()));
        inbox.markProcessed(List.of(inbox.pending(creditor, 10).get(0).id()));
        Instant tenDaysAfterTheFirst = Instant.parse("2020-01-11T00:00:00Z");

        assertThat(inbox.deleteProcessedBefore(tenDaysAfterTheFirst, 2)).isEqualTo(2);
        assertThat(claims(creditor)).hasSize(3);
        assertThat(inbox.deleteProcessedBefore(tenDaysAfterTheFirst, 2)).isEqualTo(1);
        assertThat(inbox.deleteProcessedBefore(tenDaysAfterTheFirst, 2)).isZero();
        // the recently processed call and the one still waiting stay
        assertThat(claims(creditor)).containsExactly(4L, 5L);
        assertThat(inbox.pending(creditor, 10)).extracting(WebhookEvent::claimId).containsExactly(5L);
    }

    private List<Long> claims(long creditor) {
        return new Jdbc(db.dataSource()).list("SELECT claim_id FROM webhook_inbox WHERE creditor_id = ? ORDER BY claim_id",
                ps -> ps.setLong(1, creditor), rs -> rs.getLong(1));
    }

    @Test
    void parkedRecordsAreKeptUpdatedAndReleased() {
        JdbcParkedRecords parked = new JdbcParkedRecords(db.dataSource());
        long before = parked.count();
        ParkedRecord invoice = new ParkedRecord("invoice:31:4711", 31, ParkedKind.INVOICE, "INV/2026/0001",
                "debtor address incomplete", Instant.parse("2026-04-01T07:00:00Z"));
        ParkedRecord payment = new ParkedRecord("payment:31:88", 31, ParkedKind.PAYMENT, "BNK1/0088",
                "more than the capital",
                Instant.parse("2026-04-01T08:00:00Z"));
        ParkedRecord elsewhere = new ParkedRecord("invoice:32:1", 32, ParkedKind.INVOICE, "INV/9", "no creditor",
                Instant.parse("2026-04-01T06:00:00Z"));
        parked.park(payment);
        parked.park(invoice);
        parked.park(elsewhere);

        assertThat(parked.list(31)).containsExactly(invoice, payment);
        assertThat(parked.count() - before).isEqualTo(3);

        parked.park(new ParkedRecord("invoice:31:4711", 31, ParkedKind.INVOICE, "INV/2026/0001",
                "organisation number missing",
                Instant.parse("2026-04-02T07:00:00Z")));
        assertThat(parked.list(31).get(0)).isEqualTo(new ParkedRecord("invoice:31:4711", 31, ParkedKind.INVOICE,
                "INV/2026/0001", "organisation number missing", invoice.parkedAt()));

        parked.release("invoice:31:4711");
        parked.release("never:parked");
        assertThat(parked.list(31)).containsExactly(payment);
        assertThat(parked.all()).contains(payment, elsewhere).doesNotContain(invoice);
        assertThat(parked.count() - before).isEqualTo(2);
    }

    @Test
    void aParkedRecordKeepsItsInvoiceWhenParkedAgainWithoutIt() {
        JdbcParkedRecords parked = new JdbcParkedRecords(db.dataSource());
        Instant at = Instant.parse("2026-04-01T07:00:00Z");
        parked.park(new ParkedRecord("excess:6161:5", 6161, ParkedKind.EXCESS, "BNK1/0005", "too much", at, 4711L));
        parked.park(new ParkedRecord("undone:6161:6", 6161, ParkedKind.UNDONE, "#4712", "undone", at));

        assertThat(parked.list(6161)).extracting(ParkedRecord::invoiceId).containsExactly(4711L, null);

        parked.park(new ParkedRecord("excess:6161:5", 6161, ParkedKind.EXCESS, "BNK1/0005", "still too much", at));
        assertThat(parked.list(6161).get(0).invoiceId()).isEqualTo(4711L);
        assertThat(parked.list(6161).get(0).reason()).isEqualTo("still too much");
    }

    @Test
    void reviewTasksAreRecordedBeforeTheyAreOpenedThenGetTheirIdsAndAreForgotten() {
        JdbcReviewTaskLedger ledger = new JdbcReviewTaskLedger(db.dataSource());
        Instant at = Instant.parse("2026-04-01T07:00:00Z");
        OpenedReviewTask a = new OpenedReviewTask("invoice:71:1", 71, 1, "a".repeat(64), null, at);
        OpenedReviewTask b = new OpenedReviewTask("payment:71:2", 71, 2, "b".repeat(64), null, at.plusSeconds(1));
        assertThat(ledger.intend(List.of(a, b))).containsExactlyInAnyOrder("invoice:71:1", "payment:71:2");
        assertThat(ledger.list(71)).containsExactly(a, b);
        assertThat(ledger.intend(List.of(a))).as("recorded for the same reason by another run: left to it").isEmpty();
        assertThat(ledger.list(71)).noneMatch(OpenedReviewTask::answered);

        long statements = db.statementCounter().statements();
        ledger.opened(java.util.Map.of("invoice:71:1", 501L, "payment:71:2", 502L));
        assertThat(db.statementCounter().statements() - statements).isEqualTo(1);
        assertThat(ledger.list(71)).extracting(OpenedReviewTask::taskId).containsExactly(501L, 502L);

        OpenedReviewTask changed = new OpenedReviewTask("invoice:71:1", 71, 1, "c".repeat(64), null, at.plusSeconds(2));
        assertThat(ledger.intend(List.of(changed))).as("another reason: claimed again").containsExactly("invoice:71:1");
        assertThat(ledger.find("invoice:71:1")).contains(changed);
        assertThat(ledger.find("payment:71:2").orElseThrow().taskId()).isEqualTo(502L);

        ledger.forget(List.of("invoice:71:1", "never:opened"));
        assertThat(ledger.find("invoice:71:1")).isEmpty();
        assertThat(ledger.list(71)).extracting(OpenedReviewTask::recordKey).containsExactly("payment:71:2");
    }

    @Test
    void aPageOfParkedRecordsIsReleasedInOneStatementPerChunk() {
        JdbcParkedRecords parked = new JdbcParkedRecords(db.dataSource());
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= Jdbc.CHUNK + 10; i++) {
            keys.add("invoice:41:" + i);
            parked.park(new ParkedRecord("invoice:41:" + i, 41, ParkedKind.INVOICE, "INV/" + i, "no address",
                    Instant.parse("2026-04-01T07:00:00Z")));
        }
        parked.park(new ParkedRecord("invoice:41:kept", 41, ParkedKind.INVOICE, "INV/kept", "no address",
                Instant.parse("2026-04-01T07:00:00Z")));
        keys.add("never:parked");
        long statements = db.statementCounter().statements();

        parked.releaseAll(keys);

        assertThat(db.statementCounter().statements() - statements).isEqualTo(2);
        assertThat(parked.list(41)).extracting(ParkedRecord::key).containsExactly("invoice:41:kept");
    }

    @Test
    void postedSettlementsAreSavedFoundAndReplaced() {
        JdbcPostedSettlements posted = new JdbcPostedSettlements(db.dataSource());
        PostedSettlement s1 = new PostedSettlement("S-2026-001", 41, 4, 9001, "KRAV/2026/0001",
                new BigDecimal("15230.75"), "NOK", false, Instant.parse("2026-04-01T09:00:00Z"));
        PostedSettlement s2 = new PostedSettlement("S-2026-002", 41, 4, 9002, "KRAV/2026/0002",
                new BigDecimal("-10.00"), "NOK", false, Instant.parse("2026-04-02T09:00:00Z"));
        posted.save(s1);
        posted.save(s2);
        PostedSettlement bookkept = new PostedSettlement("S-2026-001", 41, 4, 9001, "KRAV/2026/0001",
                new BigDecimal("15230.75"), "NOK", true, Instant.parse("2026-04-01T09:00:05Z"));
        posted.save(bookkept);

        assertThat(posted.find(41, "S-2026-001")).contains(bookkept);
        assertThat(posted.find(42, "S-2026-001")).isEmpty();
        assertThat(posted.find(41, "s-2026-001")).isEmpty();
        assertThat(posted.list(4)).containsExactly(bookkept, s2);
        assertThat(posted.list(5)).isEmpty();
    }

    @Test
    void everyParkedKindIsStoredUnderTheCodeEarlierVersionsWrote() throws Exception {
        JdbcParkedRecords parked = new JdbcParkedRecords(db.dataSource());
        for (ParkedKind kind : ParkedKind.values()) {
            parked.park(new ParkedRecord("kinds:" + kind.ordinal(), 54, kind, "S-" + kind.ordinal(), "why",
                    Instant.parse("2026-04-01T10:00:00Z")));
        }

        assertThat(codesIn("SELECT kind FROM parked_records WHERE company_id = 54 ORDER BY record_key"))
                .containsExactly("invoice", "payment", "credit", "settlement", "excess", "undone", "awaiting-approval");
        assertThat(parked.list(54)).extracting(ParkedRecord::kind).containsExactly(ParkedKind.values());
    }

    private List<String> codesIn(String query) throws Exception {
        List<String> codes = new ArrayList<>();
        try (var connection = db.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    @Test
    void everyAllocationOutcomeIsStoredUnderTheCodeEarlierVersionsWrote() throws Exception {
        JdbcForwardedAllocations allocations = new JdbcForwardedAllocations(db.dataSource());
        List<ForwardedAllocation> one = new ArrayList<>();
        for (AllocationOutcome outcome : AllocationOutcome.values()) {
            one.add(new ForwardedAllocation(7000 + outcome.ordinal(), 53, 4711, 9001, outcome, new BigDecimal("0.00"),
                    "NOK", null, false, Instant.parse("2026-04-01T10:00:00Z")));
        }
        allocations.addAll(one);

        assertThat(codesIn("SELECT kind FROM forwarded_allocations WHERE company_id = 53 ORDER BY allocation_id"))
                .containsExactly("payment", "credit", "refused", "bridge-entry", "exchange-difference",
                        "kravia-payout", "unclassified", "before-forwarding");
        assertThat(allocations.ofInvoices(53, List.of(4711L))).containsExactlyElementsOf(one);
    }

    @Test
    void forwardedAllocationsAreHandledOnceAndCanBeUndone() {
        JdbcForwardedAllocations allocations = new JdbcForwardedAllocations(db.dataSource());
        ForwardedAllocation payment = new ForwardedAllocation(5001, 51, 4711, 9001, AllocationOutcome.PAYMENT,
                new BigDecimal("100.50"), "NOK", "payment:5001", false, Instant.parse("2026-04-01T10:00:00Z"));
        ForwardedAllocation credit = new ForwardedAllocation(5002, 51, 4711, 9001, AllocationOutcome.CREDIT,
                new BigDecimal("20.00"), "NOK", "credit:77:4711", false, Instant.parse("2026-04-01T10:00:01Z"));
        ForwardedAllocation ignored = new ForwardedAllocation(5003, 51, 4712, 9002, AllocationOutcome.KRAVIA_PAYOUT,
                new BigDecimal("0.00"), null, null, false, Instant.parse("2026-04-01T10:00:02Z"));

        allocations.save(payment);
        allocations.addAll(List.of(credit, ignored));
        // handled once: a repeat, even with other figures, leaves the first record as it was
        allocations.addAll(List.of(new ForwardedAllocation(5001, 51, 4711, 9001, AllocationOutcome.PAYMENT,
                new BigDecimal("1.00"), "NOK", "payment:other", false, Instant.parse("2026-04-02T10:00:00Z"))));
        allocations.save(new ForwardedAllocation(5001, 52, 1, 1, AllocationOutcome.PAYMENT, BigDecimal.ONE.setScale(2),
                "EUR", null, false, null)); // same id in another company
        assertThat(allocations.handled(52, List.of(5001L))).containsExactly(5001L);

        List<Long> asked = LongStream.rangeClosed(4500, 4500 + 2L * Jdbc.CHUNK).boxed().toList();
        assertThat(allocations.handled(51, asked)).containsExactlyInAnyOrder(5001L, 5002L, 5003L);
        assertThat(allocations.handled(51, List.of())).isEmpty();
        assertThat(allocations.ofInvoices(51, List.of(4711L, 4712L))).containsExactly(payment, credit, ignored);

        allocations.markUndone(51, 5002);

        assertThat(allocations.ofInvoices(51, List.of(4711L))).containsExactly(payment);
        assertThat(allocations.handled(51, List.of(5002L))).containsExactly(5002L);
    }

    @Test
    void aParkedRecordQuotingDataOfAnyLengthIsKeptShortenedToWhatTheStoreHolds() {
        JdbcParkedRecords parked = new JdbcParkedRecords(db.dataSource());
        String emoji = "\uD83D\uDE00"; // four bytes in utf8mb4, two chars in Java: the worst case either way
        ParkedRecord huge = new ParkedRecord("invoice:61:1", 61, ParkedKind.INVOICE, emoji.repeat(5_000),
                "customer '" + emoji.repeat(40_000) + "' has no street", Instant.parse("2026-04-01T00:00:00Z"));

        parked.park(huge);

        ParkedRecord kept = parked.list(61).get(0);
        assertThat(kept).isEqualTo(huge);
        assertThat(kept.subject().codePointCount(0, kept.subject().length())).isEqualTo(ParkedRecord.SUBJECT_LENGTH);
        assertThat(kept.reason().codePointCount(0, kept.reason().length())).isEqualTo(ParkedRecord.REASON_LENGTH);
        assertThat(kept.reason()).startsWith("customer '" + emoji).endsWith("…");
    }

    @Test
    void aValueTooLongForItsColumnIsAnErrorNotACut() {
        JdbcParkedRecords parked = new JdbcParkedRecords(db.dataSource());

        assertThatThrownBy(() -> parked.park(new ParkedRecord("k".repeat(300), 1, ParkedKind.INVOICE, null, null,
                Instant.parse("2026-04-01T00:00:00Z"))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("record_key");
    }
}
