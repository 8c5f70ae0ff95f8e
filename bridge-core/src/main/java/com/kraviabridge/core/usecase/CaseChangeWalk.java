package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.pipeline.Background;
import com.kraviabridge.core.port.collector.CaseFeed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Reads Kravia's change feed batch by batch from a cursor to its end. The walk stops when the feed says it is
 * complete or when a batch does not move the cursor, so a feed stuck on one timestamp cannot loop forever.
 *
 * <p>Each batch starts where the one before ended, so the batches cannot be fetched side by side; but the next
 * one only depends on Kravia's answer, not on what the bridge does with the current one. It is therefore asked
 * for while the current batch is being handled, and the walk takes the time of the feed alone instead of the
 * feed plus the handling. A failure to fetch it surfaces after the current batch was handled, as before.
 */
final class CaseChangeWalk {

    private CaseChangeWalk() {
    }

    /** Takes one batch of the feed. */
    @FunctionalInterface
    interface BatchHandler {
        /**
         * @param start  the cursor the batch started from
         * @param readAt when the bridge asked for the batch: Kravia's answer shows nothing that happened after it
         */
        void accept(LocalDateTime start, CaseChanges changes, Instant readAt);
    }

    private record Fetched(CaseChanges changes, Instant readAt) {
    }

    /** Hands each batch over with the cursor it started from and the time it was asked for. */
    static void walk(CaseFeed feed, long creditorId, LocalDateTime from, int batch, Clock clock,
                     BatchHandler eachBatch) {
        LocalDateTime cursor = from;
        Fetched fetched = fetch(feed, creditorId, cursor, batch, clock);
        while (true) {
            CaseChanges changes = fetched.changes();
            boolean more = !changes.complete() && advances(cursor, changes);
            Background<Fetched> next = Background.none();
            if (more) {
                LocalDateTime nextCursor = changes.nextCursor();
                next = Background.start("kravia-feed-reader", () -> fetch(feed, creditorId, nextCursor, batch, clock));
            }
            try {
                eachBatch.accept(cursor, changes, fetched.readAt());
            } catch (RuntimeException handlingFailed) {
                next.abandon();
                throw handlingFailed;
            }
            if (!more) {
                return;
            }
            cursor = changes.nextCursor();
            fetched = next.await();
        }
    }

    private static Fetched fetch(CaseFeed feed, long creditorId, LocalDateTime cursor, int batch, Clock clock) {
        Instant asked = clock.instant();
        return new Fetched(feed.changesSince(creditorId, cursor, batch), asked);
    }

    static boolean advances(LocalDateTime from, CaseChanges changes) {
        return changes.nextCursor() != null && !changes.nextCursor().equals(from);
    }
}
