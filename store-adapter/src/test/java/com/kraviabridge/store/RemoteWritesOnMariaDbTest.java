package com.kraviabridge.store;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.write.Write;
import com.kraviabridge.core.write.WriteOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exactly-once scheme on the real operations log: what each write costs in statements, and that an intent
 * recorded before (by this run, an earlier one or another worker) still resolves as it always did.
 */
@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class RemoteWritesOnMariaDbTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final AtomicInteger calls = new AtomicInteger();
    private StatementCounter counter;
    private JdbcOperationsLog log;
    private RemoteWrites writes;

    @BeforeAll
    void open(Database database) {
        counter = database.statementCounter();
        log = new JdbcOperationsLog(database.dataSource(), clock);
        writes = new RemoteWrites(log, clock);
    }

    @Test
    void aNewWriteCostsThreeStatementsAndARepeatedOneResolvesAsBefore() {
        long start = counter.statements();
        WriteOutcome first = writes.perform(write("register:1:1", "INV/1", "p", e -> Optional.empty(),
                () -> "case-" + calls.incrementAndGet()));
        assertThat(counter.statements() - start).as("intent, compare-and-set, remote id").isEqualTo(3);

        long again = counter.statements();
        WriteOutcome second = writes.perform(write("register:1:1", "INV/1", "p", e -> Optional.empty(),
                () -> "case-" + calls.incrementAndGet()));

        assertThat(counter.statements() - again).as("the intent's insert hands back the confirmed row").isEqualTo(1);
        assertThat(first).isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "case-1", null));
        assertThat(second).isEqualTo(new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, "case-1", null));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aWriteWhoseSubjectQuotesAnOverLongOdooNameIsRecordedShortenedAndSent() {
        String name = "P".repeat(600);
        WriteOutcome single = writes.perform(write("payment:1:900", name, "p", e -> Optional.empty(),
                () -> "payment-900"));
        List<Write> page = writes.recordIntents(List.of(
                write("payment:1:901", name, "p", e -> Optional.empty(), () -> "payment-901")));

        assertThat(single.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(page).hasSize(1);
        assertThat(log.find("payment:1:900").orElseThrow().subject()).hasSize(500).startsWith("PPPP").endsWith("…");
        assertThat(log.find("payment:1:901").orElseThrow().subject()).hasSize(500);
    }

    @Test
    void aDuplicateIntentOfAnUnknownOutcomeIsLookedUpAndOfARefusalIsNotSentAgain() {
        writes.perform(write("register:1:2", "INV/2", "p", e -> Optional.empty(), () -> {
            // answered, so nothing of the attempt is under way any more: the lease ends with it
            throw RemoteFailure.outcomeUnknownAfterAnswer(RemoteFailure.Side.COLLECTOR, "HTTP 502", Map.of());
        }));
        writes.perform(write("register:1:3", "INV/3", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "invalid");
        }));

        List<Write> page = writes.recordIntents(List.of(
                write("register:1:2", "INV/2", "p", e -> Optional.of("case-found"), () -> "sent again"),
                write("register:1:3", "INV/3", "p", e -> Optional.empty(), () -> "sent again")));
        WriteOutcome lost = writes.perform(page.get(0));
        WriteOutcome refused = writes.perform(page.get(1));

        assertThat(lost).isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "case-found", null));
        assertThat(refused.status()).isEqualTo(WriteOutcome.Status.STILL_REFUSED);
        assertThat(log.find("register:1:2").orElseThrow().state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(log.find("register:1:3").orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aBatchCostsFourStatementsWhateverItsSize() {
        List<RemoteWrites.BatchItem<Integer>> items = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new RemoteWrites.BatchItem<>(RecordKey.note(1, i, "forwarded"), "INV/" + i, "text " + i, i))
                .toList();
        List<List<Integer>> sent = new ArrayList<>();
        long statements = counter.statements();
        long rows = counter.batchedRows();

        assertThat(writes.performBatch(1, items, sent::add)).isEqualTo(25);

        assertThat(counter.statements() - statements)
                .as("intents handed back as stored, rows locked for the compare-and-set, its update, confirmations")
                .isEqualTo(4);
        assertThat(counter.batchedRows() - rows).as("no row-by-row batch").isZero();
        assertThat(writes.performBatch(1, items, sent::add)).isZero();
        assertThat(sent).hasSize(1);
        assertThat(log.find("note:1:25:forwarded").orElseThrow().state()).isEqualTo(OperationState.CONFIRMED);
    }

    @Test
    void twoWorkersWithTheSamePageRecordedSendEachWriteOnce() throws Exception {
        int workers = 4;
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        List<Write> intents = IntStream.rangeClosed(1, 40).mapToObj(i -> RecordKey.registration(2, i))
                .map(key -> Write.of(key, 2, "INV/" + key.invoiceId(), "p" + key.invoiceId(), e -> Optional.empty(),
                        () -> {
                            sends.computeIfAbsent(key.text(), k -> new AtomicInteger()).incrementAndGet();
                            return "case of " + key;
                        })).toList();
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                RemoteWrites worker = new RemoteWrites(log, clock);
                Callable<Integer> run = () -> {
                    List<Write> page = worker.recordIntents(intents);
                    start.await(30, TimeUnit.SECONDS);
                    int mine = 0;
                    for (Write recorded : page) {
                        WriteOutcome outcome = worker.perform(recorded);
                        mine += outcome.status() == WriteOutcome.Status.DONE ? 1 : 0;
                    }
                    return mine;
                };
                done.add(pool.submit(run));
            }
            int total = 0;
            for (Future<Integer> worker : done) {
                total += worker.get(60, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(40);
            assertThat(sends).hasSize(40).allSatisfy((key, count) -> assertThat(count).hasValue(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriteOneProcessHasOnTheWireIsNeitherLookedUpNorSentByAnother() throws Exception {
        RemoteWrites daemon = new RemoteWrites(log, clock);
        RemoteWrites manualSync = new RemoteWrites(log, clock);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger lookups = new AtomicInteger();
        CountDownLatch onTheWire = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<WriteOutcome> daemons = pool.submit(() -> daemon.perform(write("payment:1:1827", "P",
                    "p", e -> Optional.empty(), () -> {
                        requests.incrementAndGet();
                        onTheWire.countDown();
                        try {
                            answer.await(30, TimeUnit.SECONDS); // a slow Kravia; it commits when it answers
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "odoo-payment-1827";
                    })));
            assertThat(onTheWire.await(30, TimeUnit.SECONDS)).isTrue();

            WriteOutcome syncs = manualSync.perform(write("payment:1:1827", "P", "p", e -> {
                lookups.incrementAndGet();
                return Optional.empty(); // nothing committed at Kravia yet
            }, () -> "sent twice " + requests.incrementAndGet()));
            answer.countDown();

            assertThat(daemons.get(30, TimeUnit.SECONDS).status()).isEqualTo(WriteOutcome.Status.DONE);
            assertThat(requests).as("requests to Kravia").hasValue(1);
            assertThat(lookups).hasValue(0);
            assertThat(syncs.isDone()).isFalse();
            assertThat(syncs.status().name()).isEqualTo("IN_PROGRESS_ELSEWHERE");
            assertThat(log.find("payment:1:1827").orElseThrow().attempts()).isEqualTo(1);
        } finally {
            answer.countDown();
            pool.shutdownNow();
        }
    }

    private static Write write(String key, String subject, String payload, Write.Lookup lookup, Write.Call call) {
        RecordKey recordKey = RecordKey.parse(key);
        return Write.of(recordKey, recordKey.companyId(), subject, payload, lookup, call);
    }
}
