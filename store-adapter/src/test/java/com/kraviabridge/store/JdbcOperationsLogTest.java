package com.kraviabridge.store;

import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.OperationsLog.Attempt;
import com.kraviabridge.core.port.store.OperationsLog.Intent;
import com.kraviabridge.core.port.store.OperationsLog.Lease;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class JdbcOperationsLogTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:15:30.123456Z"));
    private static final Lease LEASE = new Lease("test-process", Instant.parse("2026-03-02T08:30:00Z"));
    private Database db;
    private JdbcOperationsLog log;

    @BeforeAll
    void open(Database database) {
        db = database;
        log = new JdbcOperationsLog(database.dataSource(), clock);
    }

    @Test
    void recordsTheIntentOnceAndHandsBackTheFirstOneAfterwards() {
        Operation first = log.recordIntent("register:1:4711", "register", 1, "INV/2026/0001", "h1", "{\"a\":1}");

        assertThat(first).isEqualTo(new Operation("register:1:4711", "register", 1, "INV/2026/0001", "h1",
                "{\"a\":1}", OperationState.PENDING, 0, null, null, null, clock.instant(), clock.instant(), null, null));

        clock.advance(Duration.ofMinutes(5));
        Operation again = log.recordIntent("register:1:4711", "register", 1, "INV/2026/0001 changed", "h2", "{\"a\":2}");

        assertThat(again).isEqualTo(first);
        assertThat(log.find("register:1:4711")).contains(first);
        assertThat(log.find("register:1:4712")).isEmpty();
    }

    @Test
    void keysDifferingOnlyInCaseAreDifferentOperations() {
        log.recordIntent("case:A", "note", 1, null, null, null);
        log.recordIntent("case:a", "note", 1, null, null, null);

        assertThat(Sql.count(db.dataSource(), "SELECT COUNT(*) FROM operations WHERE op_key LIKE 'case:%'"))
                .isEqualTo(2);
    }

    @Test
    void concurrentIntentsForTheSameKeyLeaveExactlyOneRow() throws Exception {
        int threads = 16;
        int keys = 20;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Operation>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String payload = "payload of thread " + t;
                Callable<List<Operation>> work = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    List<Operation> seen = new ArrayList<>();
                    for (int k = 0; k < keys; k++) {
                        seen.add(log.recordIntent("race:" + k, "payment", 9, "race", payload, payload));
                    }
                    return seen;
                };
                results.add(pool.submit(work));
            }
            List<List<Operation>> seenByThread = new ArrayList<>();
            for (Future<List<Operation>> result : results) {
                seenByThread.add(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(Sql.count(db.dataSource(), "SELECT COUNT(*) FROM operations WHERE op_key LIKE 'race:%'"))
                    .isEqualTo(keys);
            for (int k = 0; k < keys; k++) {
                Operation stored = log.find("race:" + k).orElseThrow();
                for (List<Operation> seen : seenByThread) {
                    // every thread got the one row that won, not its own payload
                    assertThat(seen.get(k)).isEqualTo(stored);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void walksFromPendingThroughFailuresToConfirmed() {
        Instant created = clock.instant();
        log.recordIntent("payment:88", "payment", 2, "BNK1/0088", "h1", "p1");

        clock.advance(Duration.ofSeconds(1));
        log.markSent("payment:88", 0, "h2", "p2", LEASE);
        Operation sent = log.find("payment:88").orElseThrow();
        assertThat(sent.state()).isEqualTo(OperationState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.payloadHash()).isEqualTo("h2");
        assertThat(sent.payload()).isEqualTo("p2");
        assertThat(sent.createdAt()).isEqualTo(created);
        assertThat(sent.updatedAt()).isEqualTo(clock.instant());

        Instant retryAt = clock.instant().plus(Duration.ofMinutes(2));
        log.failRetryable("payment:88", "503 Service Unavailable", retryAt);
        Operation retrying = log.find("payment:88").orElseThrow();
        assertThat(retrying.state()).isEqualTo(OperationState.FAILED_RETRYABLE);
        assertThat(retrying.lastError()).isEqualTo("503 Service Unavailable");
        assertThat(retrying.nextAttemptAt()).isEqualTo(retryAt);
        assertThat(retrying.attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(3));
        assertThat(log.markSent("payment:88", 0, "h2", "p2", LEASE)).as("stale attempt count").isFalse();
        assertThat(log.markSent("payment:88", 1, "h2", "p2", LEASE)).isTrue();
        Operation resent = log.find("payment:88").orElseThrow();
        assertThat(resent.state()).isEqualTo(OperationState.SENT);
        assertThat(resent.attempts()).isEqualTo(2);
        assertThat(resent.nextAttemptAt()).isNull();

        log.failPermanent("payment:88", "422 amount exceeds the remaining capital");
        Operation refused = log.find("payment:88").orElseThrow();
        assertThat(refused.state()).isEqualTo(OperationState.FAILED_PERMANENT);
        assertThat(refused.lastError()).isEqualTo("422 amount exceeds the remaining capital");

        clock.advance(Duration.ofHours(1));
        log.confirm("payment:88", "kravia-payment-501");
        Operation confirmed = log.find("payment:88").orElseThrow();
        assertThat(confirmed.state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(confirmed.isConfirmed()).isTrue();
        assertThat(confirmed.remoteId()).isEqualTo("kravia-payment-501");
        assertThat(confirmed.lastError()).isNull();
        assertThat(confirmed.attempts()).isEqualTo(2);
        assertThat(confirmed.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aConfirmedOperationIsFinal() {
        log.recordIntent("settlement:S-1", "settlement", 3, "S-1", "h", "p");
        log.markSent("settlement:S-1", 0, "h", "p", LEASE);
        log.confirm("settlement:S-1", "move 77");

        assertThat(log.markSent("settlement:S-1", 0, "h", "p", LEASE)).as("taken by whoever confirmed it").isFalse();
        assertThat(log.markSent("settlement:S-1", 1, "h", "p", LEASE)).isFalse();
        assertThatThrownBy(() -> log.failRetryable("settlement:S-1", "timeout", clock.instant()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> log.failPermanent("settlement:S-1", "refused"))
                .isInstanceOf(IllegalStateException.class);

        Operation stored = log.find("settlement:S-1").orElseThrow();
        assertThat(stored.state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.remoteId()).isEqualTo("move 77");
    }

    @Test
    void transitionsOfAnUnknownKeyAreRefused() {
        assertThatThrownBy(() -> log.markSent("nothing:1", 0, "h", "p", LEASE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no intent was recorded");
        assertThatThrownBy(() -> log.confirm("nothing:1", "x")).isInstanceOf(IllegalStateException.class);
        assertThat(log.find("nothing:1")).isEmpty();
    }

    @Test
    void unfinishedWorkIsListedOldestFirstPerKind() {
        log.recordIntent("credit:10:1", "credit", 4, "RINV/1", "h", "p");
        clock.advance(Duration.ofSeconds(1));
        log.recordIntent("credit:11:1", "credit", 4, "RINV/2", "h", "p");
        clock.advance(Duration.ofSeconds(1));
        log.recordIntent("credit:12:1", "credit", 4, "RINV/3", "h", "p");
        clock.advance(Duration.ofSeconds(1));
        log.recordIntent("credit:13:1", "credit", 4, "RINV/4", "h", "p");
        log.recordIntent("bookkeep:other", "bookkeep", 4, "other kind", "h", "p");
        log.markSent("credit:11:1", 0, "h", "p", LEASE);
        log.confirm("credit:11:1", "done");
        log.markSent("credit:12:1", 0, "h", "p", LEASE);
        log.failPermanent("credit:12:1", "refused");

        assertThat(log.unfinished("credit", 10)).extracting(Operation::key)
                .containsExactly("credit:10:1", "credit:12:1", "credit:13:1");
        assertThat(log.unfinished("credit", 2)).extracting(Operation::key)
                .containsExactly("credit:10:1", "credit:12:1");
        assertThat(log.unfinished("no-such-kind", 10)).isEmpty();
    }

    @Test
    void countsEveryStateIncludingEmptyOnes() {
        Map<OperationState, Long> before = log.countByState();
        assertThat(before).containsOnlyKeys(OperationState.values());

        log.recordIntent("count:1", "note", 5, null, null, null);
        log.recordIntent("count:2", "note", 5, null, null, null);
        log.markSent("count:2", 0, null, null, LEASE);
        log.recordIntent("count:3", "note", 5, null, null, null);
        log.markSent("count:3", 0, null, null, LEASE);
        log.failRetryable("count:3", "timeout", clock.instant());

        Map<OperationState, Long> after = log.countByState();
        assertThat(after.get(OperationState.PENDING) - before.get(OperationState.PENDING)).isEqualTo(1);
        assertThat(after.get(OperationState.SENT) - before.get(OperationState.SENT)).isEqualTo(1);
        assertThat(after.get(OperationState.FAILED_RETRYABLE) - before.get(OperationState.FAILED_RETRYABLE)).isEqualTo(1);
        assertThat(after.get(OperationState.CONFIRMED)).isEqualTo(before.get(OperationState.CONFIRMED));
        assertThat(after.get(OperationState.FAILED_PERMANENT)).isEqualTo(before.get(OperationState.FAILED_PERMANENT));
    }

    @Test
    void statesAreStoredAsTheSchemaWords() {
        log.recordIntent("words:1", "note", 6, null, null, null);
        log.markSent("words:1", 0, null, null, LEASE);
        log.failRetryable("words:1", "x", clock.instant());

        assertThat(Sql.column(db.dataSource(), "SELECT state FROM operations WHERE op_key = 'words:1'"))
                .containsExactly("failed-retryable");
        for (OperationState state : OperationState.values()) {
            assertThat(JdbcOperationsLog.fromColumn(JdbcOperationsLog.toColumn(state))).isEqualTo(state);
        }
    }

    @Test
    void anIntentIsOneStatementWhetherItIsNewOrThereAlready() {
        StatementCounter counter = db.statementCounter();
        long before = counter.statements();
        Operation first = log.recordIntent("one:1", "register", 1, "INV/1", "h1", "p1");
        assertThat(counter.statements() - before).isEqualTo(1);

        log.markSent("one:1", 0, "h1", "p1", LEASE);
        long again = counter.statements();
        Operation second = log.recordIntent("one:1", "register", 1, "INV/1 changed", "h2", "p2");

        assertThat(counter.statements() - again).isEqualTo(1);
        assertThat(first.state()).isEqualTo(OperationState.PENDING);
        assertThat(second).isEqualTo(log.find("one:1").orElseThrow());
        assertThat(second.state()).isEqualTo(OperationState.SENT);
        assertThat(second.payload()).isEqualTo("p1");
    }

    @Test
    void thePagesIntentsAreOneBatchAndComeBackAsStoredInTheOrderGiven() {
        log.recordIntent("page:2", "register", 7, "INV/2", "h", "p");
        log.markSent("page:2", 0, "h", "p", LEASE);
        log.confirm("page:2", "case 902");
        clock.advance(Duration.ofMinutes(1));
        List<Intent> intents = List.of(
                new Intent("page:3", "register", 7, "INV/3", "h3", "p3"),
                new Intent("page:2", "register", 7, "INV/2 again", "h2", "p2"),
                new Intent("page:1", "register", 7, "INV/1", "h1", "p1"));
        StatementCounter counter = db.statementCounter();
        long statements = counter.statements();
        long rows = counter.batchedRows();

        List<Operation> stored = log.recordIntents(intents);

        assertThat(counter.statements() - statements).as("one multi-row insert that hands the rows back").isEqualTo(1);
        assertThat(counter.batchedRows() - rows).as("no row-by-row batch").isZero();
        assertThat(stored).extracting(Operation::key).containsExactly("page:3", "page:2", "page:1");
        assertThat(stored.get(0)).isEqualTo(new Operation("page:3", "register", 7, "INV/3", "h3", "p3",
                OperationState.PENDING, 0, null, null, null, clock.instant(), clock.instant(), null, null));
        assertThat(stored.get(1).state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(stored.get(1).remoteId()).isEqualTo("case 902");
        assertThat(stored.get(1).subject()).isEqualTo("INV/2");
        assertThat(stored).containsExactly(log.find("page:3").orElseThrow(), log.find("page:2").orElseThrow(),
                log.find("page:1").orElseThrow());
        assertThat(log.recordIntents(List.of())).isEmpty();
    }

    @Test
    void aPageOfIntentsWithABadRowRecordsNone() {
        List<Intent> intents = List.of(new Intent("bad:1", "note", 7, "fine", "h", "p"),
                new Intent("bad:2", "n".repeat(40), 7, "fine", "h", "p"));

        assertThatThrownBy(() -> log.recordIntents(intents)).isInstanceOf(StoreException.class)
                .hasMessageContaining("kind");
        assertThat(log.find("bad:1")).isEmpty();
    }

    @Test
    void aPageIsMarkedSentWithACompareAndSetPerWrite() {
        for (String key : List.of("cas:1", "cas:2", "cas:3", "cas:4")) {
            log.recordIntent(key, "note", 8, key, "h", "p");
        }
        log.markSent("cas:2", 0, "h", "p", LEASE); // another worker got there first
        StatementCounter counter = db.statementCounter();
        long statements = counter.statements();

        Set<String> marked = log.markAllSent(List.of(new Attempt("cas:1", 0, "h", "p"),
                new Attempt("cas:2", 0, "h2", "p2"), new Attempt("cas:3", 0, "h3", "p3"), new Attempt("cas:4", 0, "h", "p")), LEASE);

        assertThat(marked).containsExactly("cas:1", "cas:3", "cas:4");
        // the rows read and locked, one update for the payload that changed, one IN-list update for the others
        assertThat(counter.statements() - statements).isEqualTo(3);
        assertThat(counter.batchedRows()).isZero();
        assertThat(log.find("cas:1").orElseThrow().payload()).isEqualTo("p");
        assertThat(log.find("cas:1").orElseThrow().state()).isEqualTo(OperationState.SENT);
        assertThat(log.find("cas:2").orElseThrow().payload()).as("left as the other worker sent it").isEqualTo("p");
        assertThat(log.find("cas:2").orElseThrow().attempts()).isEqualTo(1);
        assertThat(log.find("cas:3").orElseThrow().payload()).isEqualTo("p3");
        assertThat(log.find("cas:3").orElseThrow().payloadHash()).isEqualTo("h3");
        assertThat(log.find("cas:3").orElseThrow().attempts()).isEqualTo(1);
        assertThat(log.find("cas:4").orElseThrow().attempts()).isEqualTo(1);

        log.confirm("cas:1", "done");
        assertThat(log.markAllSent(List.of(new Attempt("cas:1", 1, "h", "p"), new Attempt("cas:3", 1, "h", "p")), LEASE))
                .containsExactly("cas:3");
        assertThat(log.find("cas:1").orElseThrow().state()).isEqualTo(OperationState.CONFIRMED);
        assertThatThrownBy(() -> log.markAllSent(List.of(new Attempt("nothing:2", 0, "h", "p")), LEASE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no intent was recorded");
    }

    @Test
    void aPageIsConfirmedInOneBatch() {
        for (String key : List.of("ok:1", "ok:2")) {
            log.recordIntent(key, "note", 9, key, "h", "p");
            log.markSent(key, 0, "h", "p", LEASE);
        }
        clock.advance(Duration.ofSeconds(3));
        StatementCounter counter = db.statementCounter();
        long statements = counter.statements();

        log.confirmAll(List.of("ok:1", "ok:2"), "done");

        assertThat(counter.statements() - statements).isEqualTo(1);
        assertThat(List.of(log.find("ok:1").orElseThrow(), log.find("ok:2").orElseThrow())).allSatisfy(op -> {
            assertThat(op.state()).isEqualTo(OperationState.CONFIRMED);
            assertThat(op.remoteId()).isEqualTo("done");
            assertThat(op.updatedAt()).isEqualTo(clock.instant());
        });
        assertThatThrownBy(() -> log.confirmAll(List.of("ok:1", "nothing:9"), "done"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no intent was recorded");
    }

    @Test
    void pagesLongerThanAChunkAreRecordedMarkedAndConfirmedWholeEvenByRacingWorkers() throws Exception {
        List<Intent> intents = new ArrayList<>();
        for (int i = 1; i <= 1_201; i++) {
            intents.add(new Intent("long:" + i, "note", 10, "INV/" + i, "h", "p" + i));
        }
        StatementCounter counter = db.statementCounter();
        long statements = counter.statements();

        List<Operation> stored = log.recordIntents(intents);

        assertThat(counter.statements() - statements).as("one statement per chunk of 500").isEqualTo(3);
        assertThat(stored).extracting(Operation::key).containsExactlyElementsOf(intents.stream().map(Intent::key).toList());
        assertThat(stored).allSatisfy(op -> assertThat(op.state()).isEqualTo(OperationState.PENDING));

        List<Attempt> attempts = intents.stream().map(i -> new Attempt(i.key(), 0, "h", i.payload())).toList();
        int workers = 3;
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Set<String>>> results = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Callable<Set<String>> mark = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return log.markAllSent(attempts, LEASE);
                };
                results.add(pool.submit(mark));
            }
            Map<String, Integer> markedBy = new java.util.HashMap<>();
            for (Future<Set<String>> result : results) {
                result.get(60, TimeUnit.SECONDS).forEach(key -> markedBy.merge(key, 1, Integer::sum));
            }
            assertThat(markedBy).as("every write marked by exactly one worker").hasSize(1_201)
                    .allSatisfy((key, times) -> assertThat(times).as(key).isEqualTo(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.find("long:1201").orElseThrow().attempts()).isEqualTo(1);
        assertThat(log.find("long:1201").orElseThrow().state()).isEqualTo(OperationState.SENT);

        List<String> keys = new ArrayList<>(intents.stream().map(Intent::key).toList());
        keys.add("nothing:long");
        assertThatThrownBy(() -> log.confirmAll(keys, "done")).hasMessageContaining("nothing:long");
        assertThat(log.find("long:1").orElseThrow().state()).as("all or none").isEqualTo(OperationState.SENT);
        log.confirmAll(keys.subList(0, 1_201), "done");
        assertThat(log.countByState().get(OperationState.CONFIRMED)).isGreaterThanOrEqualTo(1_201);
        assertThat(log.find("long:777").orElseThrow().remoteId()).isEqualTo("done");
    }
}
