package com.kraviabridge.core.write;

import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.fixture.TestWrites;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.RecordKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A write of several steps learns whether an earlier attempt was sent, and so may have done some of them. */
class ResumableWritesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final RemoteWrites writes = new RemoteWrites(new InMemoryOperationsLog(clock), clock);
    private final List<Boolean> resumed = new ArrayList<>();

    @Test
    void aWriteIsResumableOnlyWhenMadeSo() {
        List<Boolean> told = new ArrayList<>();
        Write plain = TestWrites.write("payment:1:3", "P", "p", e -> Optional.empty(), () -> {
            throw RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR, "busy", null);
        });
        Write steps = resumable("settlement:1:3", "3", "entry", e -> Optional.empty(), resuming -> {
            told.add(resuming);
            return "move-3";
        });

        assertThat(plain.isResumable()).isFalse();
        assertThat(steps.isResumable()).isTrue();
        assertThat(writes.perform(plain).status()).isEqualTo(WriteOutcome.Status.RETRY_LATER);
        assertThat(writes.perform(steps).status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(told).containsExactly(false);
    }

    @Test
    void theFirstAttemptIsNotResumingAndNeitherIsAWriteAlreadyDone() {
        WriteOutcome first = writes.perform(resumable("settlement:1:7", "7", "entry", e -> Optional.empty(),
                resuming -> record(resuming, "move-1")));
        WriteOutcome again = writes.perform(resumable("settlement:1:7", "7", "entry", e -> Optional.empty(),
                resuming -> record(resuming, "move-2")));

        assertThat(first.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(again.status()).isEqualTo(WriteOutcome.Status.ALREADY_DONE);
        assertThat(again.remoteId()).isEqualTo("move-1");
        assertThat(resumed).containsExactly(false);
    }

    @Test
    void anAttemptAfterAFailedOrUnansweredOneIsResuming() {
        writes.perform(resumable("settlement:1:a", "7", "entry", e -> Optional.empty(), resuming -> {
            resumed.add(resuming);
            throw RemoteFailure.retryable(RemoteFailure.Side.ERP, "reconcile refused for now", null);
        }));
        clock.advance(Duration.ofMinutes(2));
        WriteOutcome retried = writes.perform(resumable("settlement:1:a", "7", "entry", e -> Optional.empty(),
                resuming -> record(resuming, "move-1")));
        writes.perform(resumable("settlement:1:b", "8", "entry", e -> Optional.empty(), resuming -> {
            resumed.add(resuming);
            throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.ERP, "timed out", null);
        }));
        clock.advance(RemoteWrites.DEFAULT_LEASE); // unanswered: the request may be at work until its lease ends
        WriteOutcome looked = writes.perform(resumable("settlement:1:b", "8", "entry", e -> Optional.empty(),
                resuming -> record(resuming, "move-2")));

        assertThat(retried.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(looked.status()).isEqualTo(WriteOutcome.Status.DONE);
        assertThat(resumed).containsExactly(false, true, false, true);
    }

    private String record(boolean resuming, String remoteId) {
        resumed.add(resuming);
        return remoteId;
    }

    private static Write resumable(String key, String subject, String payload, Write.Lookup lookup,
                                   Write.ResumableCall call) {
        RecordKey recordKey = RecordKey.parse(key);
        return Write.resumable(recordKey, 1, subject, payload, lookup, call);
    }
}
