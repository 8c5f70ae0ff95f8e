package com.kraviabridge.core.usecase;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.OperationState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RemoteWritesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryOperationsLog log = new InMemoryOperationsLog(clock);
    private final RemoteWrites writes = new RemoteWrites(log, clock);
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void sendsOnceAndRemembersTheRemoteId() {
        WriteOutcome first = writes.perform("register:1:7", "register", 1, "INV/7", "payload", e -> Optional.empty(),
                () -> "id-" + calls.incrementAndGet());
        WriteOutcome second = writes.perform("register:1:7", "register", 1, "INV/7", "payload", e -> Optional.empty(),
                () -> "id-" + calls.incrementAndGet());
        assertThat(first.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(second.status()).isEqualTo(WriteOutcome.Status.ALREADY_DONE);
        assertThat(second.remoteId()).isEqualTo("id-1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void unknownOutcomeIsLookedUpBeforeAnyRetry() {
        WriteOutcome lost = writes.perform("k", "register", 1, "s", "p", e -> Optional.empty(), () -> {
            calls.incrementAndGet();
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        });
        assertThat(lost.status()).isEqualTo(WriteOutcome.Status.UNKNOWN);
        assertThat(log.find("k").orElseThrow().state()).isEqualTo(OperationState.SENT);
        clock.advance(RemoteWrites.DEFAULT_LEASE); // no answer came: the request may be at work until its lease ends

        WriteOutcome resolved = writes.perform("k", "register", 1, "s", "p", e -> Optional.of("found-42"), () -> {
            calls.incrementAndGet();
            return "second";
        });
        assertThat(resolved.status()).isEqualTo(WriteOutcome.Status.FOUND_DONE);
        assertThat(resolved.remoteId()).isEqualTo("found-42");
        assertThat(calls).hasValue(1);
    }

    @Test
    void unknownOutcomeThatDidNotHappenIsSentAgain() {
        writes.perform("k", "register", 1, "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        });
        clock.advance(RemoteWrites.DEFAULT_LEASE);
        WriteOutcome retried = writes.perform("k", "register", 1, "s", "p", e -> Optional.empty(), () -> "new");
        assertThat(retried.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(log.find("k").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void permanentRefusalIsNotRepeatedUntilThePayloadChanges() {
        RemoteWrites.Call refuse = () -> {
            calls.incrementAndGet();
            throw new RemoteFailure(RemoteFailure.Kind.PERMANENT, RemoteFailure.Side.COLLECTOR, "invalid",
                    Map.of("organizationNumber", List.of("required for B2B")), null, null);
        };
        assertThat(writes.perform("k", "register", 1, "s", "v1", e -> Optional.empty(), refuse).error())
                .contains("organizationNumber: required for B2B");
        assertThat(writes.perform("k", "register", 1, "s", "v1", e -> Optional.empty(), refuse).status())
                .isEqualTo(WriteOutcome.Status.STILL_REFUSED);
        assertThat(calls).hasValue(1);
        assertThat(writes.perform("k", "register", 1, "s", "v2 fixed", e -> Optional.empty(), () -> "ok").status())
                .isEqualTo(WriteOutcome.Status.DONE);
    }

    @Test
    void retryableFailureWaitsForItsBackoff() {
        writes.perform("k", "payment", 1, "s", "p", e -> Optional.empty(), () -> {
            throw new RemoteFailure(RemoteFailure.Kind.RETRYABLE, RemoteFailure.Side.COLLECTOR, "503", Map.of(),
                    Duration.ofMinutes(5), null);
        });
        assertThat(writes.perform("k", "payment", 1, "s", "p", e -> Optional.empty(), () -> "ok").status())
                .isEqualTo(WriteOutcome.Status.WAITING);
        clock.advance(Duration.ofMinutes(5));
        assertThat(writes.perform("k", "payment", 1, "s", "p", e -> Optional.empty(), () -> "ok").status())
                .isEqualTo(WriteOutcome.Status.DONE);
    }

    @Test
    void refusedCredentialsAreRetriedOnceTheWaitIsOverNotParkedForGood() {
        RemoteWrites.Call refusedToken = () -> {
            calls.incrementAndGet();
            throw RemoteFailure.accessRefused(RemoteFailure.Side.COLLECTOR, "HTTP 401: token revoked", Map.of(), null);
        };
        for (int attempt = 0; attempt < 8; attempt++) {
            WriteOutcome outcome = writes.perform("k", "register", 1, "s", "p", e -> Optional.empty(), refusedToken);
            assertThat(outcome.status()).isEqualTo(WriteOutcome.Status.RETRY_LATER);
            assertThat(log.find("k").orElseThrow().state()).isEqualTo(OperationState.FAILED_RETRYABLE);
            assertThat(Duration.between(clock.instant(), log.find("k").orElseThrow().nextAttemptAt()))
                    .as("never more than an hour away").isLessThanOrEqualTo(Duration.ofHours(1));
            clock.advance(Duration.ofHours(1));
        }

        // the administrator put a valid token in: the same payload goes through without being touched
        assertThat(writes.perform("k", "register", 1, "s", "p", e -> Optional.empty(), () -> "id-7").status())
                .isEqualTo(WriteOutcome.Status.DONE);
        assertThat(calls).hasValue(8);
    }

    @Test
    void intentsRecordedWithTheirPageResolveEarlierAttemptsAsOneByOne() {
        writes.perform("done", "register", 1, "s", "p", e -> Optional.empty(), () -> "id-done");
        writes.perform("lost", "register", 1, "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        });
        writes.perform("refused", "register", 1, "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "invalid");
        });
        clock.advance(RemoteWrites.DEFAULT_LEASE);

        List<RemoteWrites.Recorded> page = writes.recordIntents(List.of(
                new RemoteWrites.Intent("done", "register", 1, "s", "p"),
                new RemoteWrites.Intent("lost", "register", 1, "s", "p"),
                new RemoteWrites.Intent("refused", "register", 1, "s", "p"),
                new RemoteWrites.Intent("new", "register", 1, "s", "p")));
        assertThat(page).extracting(RemoteWrites.Recorded::key).containsExactly("done", "lost", "refused", "new");
        assertThat(log.find("new").orElseThrow().state()).isEqualTo(OperationState.PENDING);

        RemoteWrites.Call call = () -> "id-" + calls.incrementAndGet();
        assertThat(writes.perform(page.get(0), e -> Optional.empty(), call))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, "id-done", null));
        assertThat(writes.perform(page.get(1), e -> Optional.of("id-lost"), call))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "id-lost", null));
        assertThat(writes.perform(page.get(2), e -> Optional.empty(), call).status())
                .isEqualTo(WriteOutcome.Status.STILL_REFUSED);
        assertThat(writes.perform(page.get(3), e -> Optional.empty(), call))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "id-1", null));
        assertThat(calls).hasValue(1);
        assertThat(log.find("lost").orElseThrow().remoteId()).isEqualTo("id-lost");
    }

    @Test
    void ofTwoWorkersThatRecordedTheSameIntentOnlyOneSends() {
        RemoteWrites.Recorded mine = writes.recordIntents(List.of(new RemoteWrites.Intent("k", "register", 1, "s", "p")))
                .get(0);
        RemoteWrites.Recorded theirs = writes.recordIntents(List.of(new RemoteWrites.Intent("k", "register", 1, "s", "p")))
                .get(0);

        WriteOutcome first = writes.perform(theirs, e -> Optional.empty(), () -> "id-" + calls.incrementAndGet());
        WriteOutcome second = writes.perform(mine, e -> Optional.empty(), () -> "id-" + calls.incrementAndGet());

        assertThat(first).isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "id-1", null));
        assertThat(second).as("the other worker's result, not a second send")
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, "id-1", null));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aBatchSendsEachDueItemOnceAndNothingTwice() {
        List<RemoteWrites.BatchItem<String>> items = List.of(
                new RemoteWrites.BatchItem<>("note:1", "INV/1", "text 1", "one"),
                new RemoteWrites.BatchItem<>("note:2", "INV/2", "text 2", "two"),
                new RemoteWrites.BatchItem<>("note:1", "INV/1", "text 1", "one again"));
        List<List<String>> sent = new java.util.ArrayList<>();

        assertThat(writes.performBatch("note", 1, items, sent::add)).isEqualTo(2);
        assertThat(writes.performBatch("note", 1, items, sent::add)).isZero();

        assertThat(sent).containsExactly(List.of("one", "two"));
        assertThat(log.find("note:1").orElseThrow().state()).isEqualTo(OperationState.CONFIRMED);
        assertThat(log.find("note:2").orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsRetryablyWaitsForItsBackoffThenGoesAgain() {
        List<RemoteWrites.BatchItem<String>> items = List.of(new RemoteWrites.BatchItem<>("note:1", "INV/1", "t", "one"));
        RemoteWrites.BatchCall<String> failing = due -> {
            throw RemoteFailure.retryable(RemoteFailure.Side.ERP, "502", null);
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writes.performBatch("note", 1, items, failing))
                .isInstanceOf(RemoteFailure.class);
        assertThat(log.find("note:1").orElseThrow().state()).isEqualTo(OperationState.FAILED_RETRYABLE);

        assertThat(writes.performBatch("note", 1, items, due -> calls.incrementAndGet())).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(writes.performBatch("note", 1, items, due -> calls.incrementAndGet())).isEqualTo(1);
        assertThat(calls).hasValue(1);
        assertThat(log.find("note:1").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aWriteAnotherProcessIsSendingIsLeftAloneWhileItsLeaseRuns() {
        RemoteWrites daemon = new RemoteWrites(log, clock, WriteLeases.of("daemon", Duration.ofMinutes(5)));
        RemoteWrites manualSync = new RemoteWrites(log, clock, WriteLeases.of("manual sync", Duration.ofMinutes(5)));
        AtomicInteger lookups = new AtomicInteger();
        WriteOutcome[] meanwhile = new WriteOutcome[1];

        WriteOutcome daemons = daemon.perform("payment:1:9", "payment", 1, "s", "p", e -> Optional.empty(), () -> {
            calls.incrementAndGet();
            clock.advance(Duration.ofMinutes(4)); // a slow Kravia
            // while the daemon's request is on the wire, Kravia has nothing yet: a look-up would find nothing
            meanwhile[0] = manualSync.perform("payment:1:9", "payment", 1, "s", "p", e -> {
                lookups.incrementAndGet();
                return Optional.empty();
            }, () -> "second-" + calls.incrementAndGet());
            return "ref-9";
        });

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
        List<RemoteWrites.Recorded> daemonsPage = daemon.recordIntents(List.of(
                new RemoteWrites.Intent("register:1:1", "register", 1, "INV/1", "p1"),
                new RemoteWrites.Intent("register:1:2", "register", 1, "INV/2", "p2")));
        List<WriteOutcome> syncs = new java.util.ArrayList<>();

        daemon.perform(daemonsPage.get(0), e -> Optional.empty(), () -> {
            // the sync reads the same page while the daemon's first registration is on the wire
            List<RemoteWrites.Recorded> page = manualSync.recordIntents(List.of(
                    new RemoteWrites.Intent("register:1:1", "register", 1, "INV/1", "p1"),
                    new RemoteWrites.Intent("register:1:2", "register", 1, "INV/2", "p2")));
            page.forEach(r -> syncs.add(manualSync.perform(r, e -> Optional.empty(),
                    () -> "sync-" + calls.incrementAndGet())));
            return "daemon-" + calls.incrementAndGet();
        });
        WriteOutcome daemonsSecond = daemon.perform(daemonsPage.get(1), e -> Optional.empty(),
                () -> "daemon-" + calls.incrementAndGet());

        assertThat(syncs).extracting(WriteOutcome::status)
                .containsExactly(WriteOutcome.Status.IN_PROGRESS_ELSEWHERE, WriteOutcome.Status.DONE);
        assertThat(daemonsSecond.status()).as("the sync sent it meanwhile").isEqualTo(WriteOutcome.Status.ALREADY_DONE);
        assertThat(calls).as("one request per registration").hasValue(2);
    }

    @Test
    void anAttemptWhoseLeaseRanOutIsLookedUpAndResumed() {
        RemoteWrites crashed = new RemoteWrites(log, clock, WriteLeases.of("crashed", Duration.ofMinutes(5)));
        RemoteWrites next = new RemoteWrites(log, clock, WriteLeases.of("next", Duration.ofMinutes(5)));
        crashed.perform("register:1:5", "register", 1, "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "timed out", null);
        });

        assertThat(next.perform("register:1:5", "register", 1, "s", "p", e -> Optional.of("found"), () -> "sent").status())
                .as("a request without answer may still be at work").isEqualTo(WriteOutcome.Status.IN_PROGRESS_ELSEWHERE);
        clock.advance(Duration.ofMinutes(5));
        assertThat(next.perform("register:1:5", "register", 1, "s", "p", e -> Optional.empty(), () -> "case-5"))
                .isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "case-5", null));
        assertThat(log.find("register:1:5").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void theLeaseOfAProcessKnownToBeGoneIsVoidAtOnce() {
        RemoteWrites dead = new RemoteWrites(log, clock, WriteLeases.of("pid 4242", Duration.ofMinutes(5)));
        dead.perform("credit:1:3", "credit", 1, "s", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, "connection reset", null);
        });
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
        WriteOutcome resumed = new RemoteWrites(log, clock, knowsItIsGone).perform("credit:1:3", "credit", 1, "s", "p",
                e -> Optional.of("ref-3"), () -> "sent again");
        assertThat(resumed).isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "ref-3", null));
    }

    @Test
    void aServerErrorEndsTheLeaseSoThatAnyProcessLooksTheWriteUpBeforeSendingIt() {
        RemoteWrites first = new RemoteWrites(log, clock, WriteLeases.of("first", Duration.ofMinutes(5)));
        RemoteWrites second = new RemoteWrites(log, clock, WriteLeases.of("second", Duration.ofMinutes(5)));
        WriteOutcome failed = first.perform("payment:1:4", "payment", 1, "s", "p", e -> Optional.empty(), () -> {
            calls.incrementAndGet();
            throw RemoteFailure.outcomeUnknownAfterAnswer(RemoteFailure.Side.COLLECTOR, "HTTP 502", Map.of());
        });
        assertThat(failed.status()).isEqualTo(WriteOutcome.Status.UNKNOWN);
        assertThat(log.find("payment:1:4").orElseThrow().lastError()).contains("502");

        WriteOutcome found = second.perform("payment:1:4", "payment", 1, "s", "p", e -> Optional.of("ref-4"),
                () -> "sent-" + calls.incrementAndGet());
        assertThat(found).isEqualTo(new WriteOutcome(WriteOutcome.Status.FOUND_DONE, "ref-4", null));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aBatchLeavesItemsAnotherProcessIsSendingAlone() {
        RemoteWrites other = new RemoteWrites(log, clock, WriteLeases.of("other", Duration.ofMinutes(5)));
        List<RemoteWrites.BatchItem<String>> items = List.of(new RemoteWrites.BatchItem<>("note:1", "INV/1", "t", "one"),
                new RemoteWrites.BatchItem<>("note:2", "INV/2", "t", "two"));
        List<List<String>> sent = new java.util.ArrayList<>();
        other.performBatch("note", 1, items.subList(0, 1), due -> {
            // while the other process's note is on the wire, this one's batch comes by
            assertThat(writes.performBatch("note", 1, items, sent::add)).isEqualTo(1);
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
