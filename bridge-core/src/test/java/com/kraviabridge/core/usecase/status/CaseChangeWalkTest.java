package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.CaseFeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseChangeWalkTest {

    private static final LocalDateTime T0 = LocalDateTime.parse("2026-11-01T00:00:00");
    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

    /** Each answer of the feed takes a second of this clock. */
    private final MutableClock clock = new MutableClock(NOW);

    /** A feed of {@code batches} batches; batch i starts at T0 + i minutes, and asking for it is recorded. */
    private class Feed implements CaseFeed {
        final List<LocalDateTime> asked = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch secondAsked = new CountDownLatch(1);
        final int batches;
        volatile int failingBatch = -1;

        Feed(int batches) {
            this.batches = batches;
        }

        @Override
        public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
            asked.add(cursor);
            clock.advance(java.time.Duration.ofSeconds(1));
            int index = cursor == null ? 0 : (int) java.time.Duration.between(T0, cursor).toMinutes();
            if (index == 1) {
                secondAsked.countDown();
            }
            if (index == failingBatch) {
                throw RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR, "feed unavailable", null);
            }
            return new CaseChanges(List.of(), T0.plusMinutes(index + 1), index + 1 >= batches);
        }

        @Override
        public CaseDetails details(long creditorId, long kraviaInvoiceId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void everyBatchIsHandedOverInOrderWithTheCursorItStartedFrom() {
        Feed feed = new Feed(4);
        List<LocalDateTime> starts = new ArrayList<>();
        List<Instant> readAts = new ArrayList<>();

        List<LocalDateTime> passed = new ArrayList<>();

        CaseChangeWalk.walk(feed, Set.of(9L), null, 100, clock, (changes, readAt) -> {
            starts.add(changes.nextCursor());
            readAts.add(readAt);
            return () -> { };
        }, passed::add);

        assertThat(starts).containsExactly(T0.plusMinutes(1), T0.plusMinutes(2), T0.plusMinutes(3), T0.plusMinutes(4));
        assertThat(passed).as("the cursor after each batch").containsExactlyElementsOf(starts);
        assertThat(readAts).as("the time each batch was asked for, before its answer")
                .containsExactly(NOW, NOW.plusSeconds(1), NOW.plusSeconds(2), NOW.plusSeconds(3));
        assertThat(feed.asked).containsExactly(null, T0.plusMinutes(1), T0.plusMinutes(2), T0.plusMinutes(3));
    }

    @Test
    void theNextBatchIsAskedForWhileTheCurrentOneIsHandled() {
        Feed feed = new Feed(2);
        List<Boolean> seenWhileHandlingFirst = new ArrayList<>();

        CaseChangeWalk.walk(feed, Set.of(9L), null, 100, clock, (changes, readAt) -> {
            if (changes.nextCursor().equals(T0.plusMinutes(1))) {
                try {
                    seenWhileHandlingFirst.add(feed.secondAsked.await(5, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return () -> { };
        }, cursor -> { });

        assertThat(seenWhileHandlingFirst).containsExactly(true);
    }

    @Test
    void aBatchThatCannotBeFetchedFailsTheWalkAfterTheOneBeforeWasHandled() {
        Feed feed = new Feed(4);
        feed.failingBatch = 2;
        List<LocalDateTime> starts = new ArrayList<>();

        List<LocalDateTime> passed = new ArrayList<>();

        assertThatThrownBy(() -> CaseChangeWalk.walk(feed, Set.of(9L), null, 100, clock, (changes, readAt) -> {
            starts.add(changes.nextCursor());
            return () -> { };
        }, passed::add)).isInstanceOf(RemoteFailure.class).hasMessageContaining("feed unavailable");
        assertThat(starts).containsExactly(T0.plusMinutes(1), T0.plusMinutes(2));
        assertThat(passed).as("past the first batch only: the second was handled, its finishing not awaited")
                .containsExactly(T0.plusMinutes(1));
    }

    @Test
    void aFailureWhileHandlingStopsTheWalk() {
        Feed feed = new Feed(4);

        assertThatThrownBy(() -> CaseChangeWalk.walk(feed, Set.of(9L), null, 100, clock, (changes, readAt) -> {
            throw new IllegalStateException("store down");
        }, cursor -> { })).isInstanceOf(IllegalStateException.class).hasMessage("store down");
        assertThat(feed.asked).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aFeedStuckOnOneCursorEndsTheWalk() {
        CaseFeed stuck = new Feed(10) {
            @Override
            public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
                asked.add(cursor);
                return new CaseChanges(List.of(), T0, false);
            }
        };
        List<LocalDateTime> starts = new ArrayList<>();

        List<LocalDateTime> passed = new ArrayList<>();

        CaseChangeWalk.walk(stuck, Set.of(9L), T0, 100, clock, (changes, readAt) -> {
            starts.add(changes.nextCursor());
            return () -> { };
        }, passed::add);

        assertThat(starts).containsExactly(T0);
        assertThat(passed).as("a batch that does not move the cursor passes nothing").isEmpty();
    }
}
