package com.kraviabridge.core.write;

import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.RecordKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static com.kraviabridge.core.fixture.TestWrites.write;
import static org.assertj.core.api.Assertions.assertThat;

class RemoteWritesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryOperationsLog log = new InMemoryOperationsLog(clock);
    private final RemoteWrites writes = new RemoteWrites(log, clock);
    private final AtomicInteger calls = new AtomicInteger();

    private static final RecordKey NOTE_1 = RecordKey.note(1, 1, "forwarded");
    private static final RecordKey NOTE_2 = RecordKey.note(1, 2, "forwarded");

    @Test
    void sendsOnceAndRemembersTheRemoteId() {
        WriteOutcome first = writes.perform(write("register:1:7", "INV/7", "payload", e -> Optional.empty(),
                () -> "id-" + calls.incrementAndGet()));
        WriteOutcome second = writes.perform(write("register:1:7", "INV/7", "payload", e -> Optional.empty(),
                () -> "id-" + calls.incrementAndGet()));
        assertThat(first.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(second.status()).isEqualTo(WriteOutcome.Status.ALREADY_DONE);
        assertThat(second.remoteId()).isEqualTo("id-1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void unknownOutcomeIsLookedUpBeforeAnyRetry() {
        WriteOutcome lost = writes.perform(write("register:1:1", "s", "p", e -> Optional.empty(), () -> {
            calls.incrementAndGet();
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        }));
        assertThat(lost.status()).isEqualTo(WriteOutcome.Status.UNKNOWN);
        assertThat(log.find("register:1:1").orElseThrow().state()).isEqualTo(OperationState.SENT);
        clock.advance(RemoteWrites.DEFAULT_LEASE); // no answer came: the request may be at work until its lease ends

        WriteOutcome resolved = writes.perform(write("register:1:1", "s", "p", e -> Optional.of("found-42"), () -> {
            calls.incrementAndGet();
            return "second";
        }));
        assertThat(resolved.status()).isEqualTo(WriteOutcome.Status.FOUND_DONE);
        assertThat(resolved.remoteId()).isEqualTo("found-42");
        assertThat(calls).hasValue(1);
    }

    @Test
    void unknownOutcomeThatDidNotHappenIsSentAgain() {
        writes.perform(write("register:1:1", "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        }));
        clock.advance(RemoteWrites.DEFAULT_LEASE);
        WriteOutcome retried = writes.perform(write("register:1:1", "s", "p", e -> Optional.empty(), () -> "new"));
        assertThat(retried.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(log.find("register:1:1").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void permanentRefusalIsNotRepeatedUntilThePayloadChanges() {
        Write.Call refuse = () -> {
            calls.incrementAndGet();
            throw new RemoteFailure(RemoteFailure.Kind.PERMANENT, RemoteFailure.Side.COLLECTOR, "invalid",
                    Map.of("organizationNumber", List.of("required for B2B")), null, null);
        };
        assertThat(writes.perform(write("register:1:1", "s", "v1", e -> Optional.empty(), refuse)).error())
                .contains("organizationNumber: required for B2B");
        assertThat(writes.perform(write("register:1:1", "s", "v1", e -> Optional.empty(), refuse)).status())
                .isEqualTo(WriteOutcome.Status.STILL_REFUSED);
        assertThat(calls).hasValue(1);
        assertThat(writes.perform(write("register:1:1", "s", "v2 fixed", e -> Optional.empty(), () -> "ok")).status())
                .isEqualTo(WriteOutcome.Status.DONE);
    }

    @Test
    void retryableFailureWaitsForItsBackoff() {
        writes.perform(write("payment:1:1", "s", "p", e -> Optional.empty(), () -> {
            throw new RemoteFailure(RemoteFailure.Kind.RETRYABLE, RemoteFailure.Side.COLLECTOR, "503", Map.of(),
                    Duration.ofMinutes(5), null);
        }));
        assertThat(writes.perform(write("payment:1:1", "s", "p", e -> Optional.empty(), () -> "ok")).status())
                .isEqualTo(WriteOutcome.Status.WAITING);
        clock.advance(Duration.ofMinutes(5));
        assertThat(writes.perform(write("payment:1:1", "s", "p", e -> Optional.empty(), () -> "ok")).status())
                .isEqualTo(WriteOutcome.Status.DONE);
    }

    @Test
    void refusedCredentialsAreRetriedOnceTheWaitIsOverNotParkedForGood() {
        Write.Call refusedToken = () -> {
            calls.incrementAndGet();
            throw RemoteFailure.accessRefused(RemoteFailure.Side.COLLECTOR, "HTTP 401: token revoked", Map.of(), null);
        };
        for (int attempt = 0; attempt < 8; attempt++) {
            WriteOutcome outcome = writes.perform(write("register:1:1", "s", "p", e -> Optional.empty(), refusedToken));
            assertThat(outcome.status()).isEqualTo(WriteOutcome.Status.RETRY_LATER);
            assertThat(log.find("register:1:1").orElseThrow().state()).isEqualTo(OperationState.FAILED_RETRYABLE);
            assertThat(Duration.between(clock.instant(), log.find("register:1:1").orElseThrow().nextAttemptAt()))
                    .as("never more than an hour away").isLessThanOrEqualTo(Duration.ofHours(1));
            clock.advance(Duration.ofHours(1));
        }

        // the administrator put a valid token in: the same payload goes through without being touched
        assertThat(writes.perform(write("register:1:1", "s", "p", e -> Optional.empty(), () -> "id-7")).status())
                .isEqualTo(WriteOutcome.Status.DONE);
        assertThat(calls).hasValue(8);
    }

    @Test
    void intentsRecordedWithTheirPageResolveEarlierAttemptsAsOneByOne() {
        writes.perform(write("register:1:2", "s", "p", e -> Optional.empty(), () -> "id-done"));
        writes.perform(write("register:1:3", "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        }));
        writes.perform(write("register:1:4", "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "invalid");
        }));
        clock.advance(RemoteWrites.DEFAULT_LEASE);

        Write.Call call = () -> "id-" + calls.incrementAndGet();
        List<Write> page = writes.recordIntents(List.of(
                write("register:1:2", "s", "p", e -> Optional.empty(), call),
                write("register:1:3", "s", "p", e -> Optional.of("id-lost"), call),
                write("register:1:4", "s", "p", e -> Optional.empty(), call),
                write("register:1:5", "s", "p", e -> Optional.empty(), call)));
        assertThat(page).extracting(w -> w.key().text())
                .containsExactly("register:1:2", "register:1:3", "register:1:4", "register:1:5");
        assertThat(log.find("register:1:5").orElseThrow().state()).isEqualTo(OperationState.PENDING);

        assertThat(writes.perform(page.get(0)))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, "id-done", null));
        assertThat(writes.perform(page.get(1)))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "id-lost", null));
        assertThat(writes.perform(page.get(2)).status())
                .isEqualTo(WriteOutcome.Status.STILL_REFUSED);
        assertThat(writes.perform(page.get(3)))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "id-1", null));
        assertThat(calls).hasValue(1);
        assertThat(log.find("register:1:3").orElseThrow().remoteId()).isEqualTo("id-lost");
    }

    @Test
    void ofTwoWorkersThatRecordedTheSameIntentOnlyOneSends() {
        Write.Call call = () -> "id-" + calls.incrementAndGet();
        Write mine = writes.recordIntents(List.of(write("register:1:1", "s", "p", e -> Optional.empty(), call))).get(0);
        Write theirs = writes.recordIntents(List.of(write("register:1:1", "s", "p", e -> Optional.empty(), call))).get(0);

        WriteOutcome first = writes.perform(theirs);
        WriteOutcome second = writes.perform(mine);

        assertThat(first).isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "id-1", null));
        assertThat(second).as("the other worker's result, not a second send")
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, "id-1", null));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aBatchSendsEachDueItemOnceAndNothingTwice() {
        List<RemoteWrites.BatchItem<String>> items = List.of(
                new RemoteWrites.BatchItem<>(NOTE_1, "INV/1", "text 1", "one"),
                new RemoteWrites.BatchItem<>(NOTE_2, "INV/2", "text 2", "two"),
                new RemoteWrites.BatchItem<>(NOTE_1, "INV/1", "text 1", "one again"));
        List<List<String>> sent = new java.util.ArrayList<>();

        assertThat(writes.performBatch(1, items, sent::add)).isEqualTo(2);
        assertThat(writes.performBatch(1, items, sent::add)).isZero();

        assertThat(sent).containsExactly(List.of("one", "two"));
        assertThat(log.find(NOTE_1.text()).orElseThrow().state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(log.find(NOTE_2.text()).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsRetryablyWaitsForItsBackoffThenGoesAgain() {
        List<RemoteWrites.BatchItem<String>> items = List.of(new RemoteWrites.BatchItem<>(NOTE_1, "INV/1", "t", "one"));
        RemoteWrites.BatchCall<String> failing = due -> {
            throw RemoteFailure.retryable(RemoteFailure.Side.ERP, "502", null);
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writes.performBatch(1, items, failing))
                .isInstanceOf(RemoteFailure.class);
        assertThat(log.find(NOTE_1.text()).orElseThrow().state()).isEqualTo(OperationState.FAILED_RETRYABLE);

        assertThat(writes.performBatch(1, items, due -> calls.incrementAndGet())).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(writes.performBatch(1, items, due -> calls.incrementAndGet())).isEqualTo(1);
        assertThat(calls).hasValue(1);
        assertThat(log.find(NOTE_1.text()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aWriteAnotherProcessIsSendingIsLeftAloneWhileItsLeaseRuns() {
        RemoteWrites daemon = new RemoteWrites(log, clock, WriteLeases.of("daemon", Duration.ofMinutes(5)));
        RemoteWrites manualSync = new RemoteWrites(log, clock, WriteLeases.of("manual sync", Duration.ofMinutes(5)));
        AtomicInteger lookups = new AtomicInteger();
        WriteOutcome[] meanwhile = new WriteOutcome[1];

        WriteOutcome daemons = daemon.perform(write("payment:1:9", "s", "p", e -> Optional.empty(), () -> {
            calls.incrementAndGet();
            clock.advance(Duration.ofMinutes(4)); // a slow Kravia
            // while the daemon's request is on the wire, Kravia has nothing yet: a look-up would find nothing
            meanwhile[0] = manualSync.perform(write("payment:1:9", "s", "p", e -> {
                lookups.incrementAndGet();
                return Optional.empty();
            }, () -> "second-" + calls.incrementAndGet()));
            return "ref-9";
        }));

        assertThat(calls).as("one request to Kravia").hasValue(1);
        assertThat(lookups).as("not even looked up").hasValue(0);
        assertThat(meanwhile[0].status()).isEqualTo(WriteOutcome.Status.IN_PROGRESS_ELSEWHERE);
        assertThat(meanwhile[0].error()).contains("daemon");
        assertThat(daemons).isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "ref-9", null));
        assertThat(log.find("payment:1:9").orElseThrow().leaseOwner()).isEqualTo("daemon");
    }

    @Test
    void aPageRecordedWhileAnotherProcessSendsOneOfItsWritesLeavesThatOneAlone() {
        RemoteWrites daemon = new RemoteWrites(log, clock, WriteLeases.of("daemon", Duration.ofMinutes(5)));
        RemoteWrites manualSync = new RemoteWrites(log, clock, WriteLeases.of("manual sync", Duration.ofMinutes(5)));
        List<WriteOutcome> syncs = new java.util.ArrayList<>();
        Write.Call syncsCall = () -> "sync-" + calls.incrementAndGet();
        Write.Call daemonsCall = () -> "daemon-" + calls.incrementAndGet();
        Write.Call daemonsFirstCall = () -> {
            // the sync reads the same page while the daemon's first registration is on the wire
            List<Write> page = manualSync.recordIntents(List.of(
                    write("register:1:1", "INV/1", "p1", e -> Optional.empty(), syncsCall),
                    write("register:1:2", "INV/2", "p2", e -> Optional.empty(), syncsCall)));
            page.forEach(w -> syncs.add(manualSync.perform(w)));
            return "daemon-" + calls.incrementAndGet();
        };
        List<Write> daemonsPage = daemon.recordIntents(List.of(
                write("register:1:1", "INV/1", "p1", e -> Optional.empty(), daemonsFirstCall),
                write("register:1:2", "INV/2", "p2", e -> Optional.empty(), daemonsCall)));

        daemon.perform(daemonsPage.get(0));
        WriteOutcome daemonsSecond = daemon.perform(daemonsPage.get(1));

        assertThat(syncs).extracting(WriteOutcome::status)
                .containsExactly(WriteOutcome.Status.IN_PROGRESS_ELSEWHERE, WriteOutcome.Status.DONE);
        assertThat(daemonsSecond.status()).as("the sync sent it meanwhile").isEqualTo(WriteOutcome.Status.ALREADY_DONE);
        assertThat(calls).as("one request per registration").hasValue(2);
    }

    @Test
    void anAttemptWhoseLeaseRanOutIsLookedUpAndResumed() {
        RemoteWrites crashed = new RemoteWrites(log, clock, WriteLeases.of("crashed", Duration.ofMinutes(5)));
        RemoteWrites next = new RemoteWrites(log, clock, WriteLeases.of("next", Duration.ofMinutes(5)));
        crashed.perform(write("register:1:5", "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        }));

        assertThat(next.perform(write("register:1:5", "s", "p", e -> Optional.of("found"), () -> "sent")).status())
                .as("a request without answer may still be at work").isEqualTo(WriteOutcome.Status.IN_PROGRESS_ELSEWHERE);
        clock.advance(Duration.ofMinutes(5));
        assertThat(next.perform(write("register:1:5", "s", "p", e -> Optional.empty(), () -> "case-5")))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "case-5", null));
        assertThat(log.find("register:1:5").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void theLeaseOfAProcessKnownToBeGoneIsVoidAtOnce() {
        RemoteWrites dead = new RemoteWrites(log, clock, WriteLeases.of("pid 4242", Duration.ofMinutes(5)));
        dead.perform(write("credit:1:3:30", "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "connection reset", null);
        }));
        WriteLeases knowsItIsGone = new WriteLeases() {
            @Override
            public String owner() {
                return "pid 4343";
            }

            @Override
            public Duration length() {
                return Duration.ofMinutes(5);
            }

            @Override
            public boolean isGone(String owner) {
                return owner.equals("pid 4242");
            }
        };
        WriteOutcome resumed = new RemoteWrites(log, clock, knowsItIsGone).perform(write("credit:1:3:30", "s", "p",
                e -> Optional.of("ref-3"), () -> "sent again"));
        assertThat(resumed).isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "ref-3", null));
    }

    @Test
    void aServerErrorEndsTheLeaseSoThatAnyProcessLooksTheWriteUpBeforeSendingIt() {
        RemoteWrites first = new RemoteWrites(log, clock, WriteLeases.of("first", Duration.ofMinutes(5)));
        RemoteWrites second = new RemoteWrites(log, clock, WriteLeases.of("second", Duration.ofMinutes(5)));
        WriteOutcome failed = first.perform(write("payment:1:4", "s", "p", e -> Optional.empty(), () -> {
            calls.incrementAndGet();
            throw RemoteFailure.outcomeUnknownAfterAnswer(RemoteFailure.Side.COLLECTOR, "HTTP 502", Map.of());
        }));
        assertThat(failed.status()).isEqualTo(WriteOutcome.Status.UNKNOWN);
        assertThat(log.find("payment:1:4").orElseThrow().lastError()).contains("502");

        WriteOutcome found = second.perform(write("payment:1:4", "s", "p", e -> Optional.of("ref-4"),
                () -> "sent-" + calls.incrementAndGet()));
        assertThat(found).isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "ref-4", null));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aBatchLeavesItemsAnotherProcessIsSendingAlone() {
        RemoteWrites other = new RemoteWrites(log, clock, WriteLeases.of("other", Duration.ofMinutes(5)));
        List<RemoteWrites.BatchItem<String>> items = List.of(new RemoteWrites.BatchItem<>(NOTE_1, "INV/1", "t", "one"),
                new RemoteWrites.BatchItem<>(NOTE_2, "INV/2", "t", "two"));
        List<List<String>> sent = new java.util.ArrayList<>();
        other.performBatch(1, items.subList(0, 1), due -> {
            // while the other process's note is on the wire, this one's batch comes by
            assertThat(writes.performBatch(1, items, sent::add)).isEqualTo(1);
        });
        assertThat(sent).containsExactly(List.of("two"));
    }

    @Test
    void backoffGrowsAndIsCapped() {
        RemoteFailure plain = RemoteFailure.retryable(RemoteFailure.Side.ERP, "x", null);
        assertThat(RemoteWrites.backoff(1, plain)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RemoteWrites.backoff(3, plain)).isEqualTo(Duration.ofMinutes(4));
        assertThat(RemoteWrites.backoff(30, plain)).isEqualTo(Duration.ofHours(6));
    }

}
