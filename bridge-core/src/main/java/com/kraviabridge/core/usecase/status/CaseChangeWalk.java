package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.pipeline.Background;
import com.kraviabridge.core.port.collector.CaseFeed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Kravia's change feed batch by batch from a cursor to its end, for every creditor at once. The walk stops
 * when the feed says it is complete or when a batch does not move the cursor, so a feed stuck on one timestamp
 * cannot loop forever.
 *
 * <p>Each batch starts where the one before ended, so the batches cannot be fetched side by side; but the next
 * one only depends on Kravia's answer, not on what the bridge does with the current one. It is therefore asked
 * for while the current batch is being handled, and the walk takes the time of the feed alone instead of the
 * feed plus the handling. A failure to fetch it surfaces after the current batch was handled.
 *
 * <p>What finishes a batch (writing its notes in the ERP) runs in the background while the next batch is handled,
 * one batch after the other so they keep their order. The walk passes the cursor beyond a batch only once its
 * finishing is done, so nothing is lost to a stop in between.
 */
public final class CaseChangeWalk {

    private CaseChangeWalk() {
    }

    /** Takes one batch of the feed. */
    @FunctionalInterface
    public interface BatchHandler {
        /**
         * @param readAt when the bridge asked for the batch: Kravia's answer shows nothing that happened after it
         * @return what finishes the batch, run in the background before the cursor passes it
         */
        Runnable handle(CaseChanges changes, Instant readAt);
    }

    private record Fetched(CaseChanges changes, Instant readAt) {
    }

    /**
     * Hands each batch over with the time it was asked for, and tells {@code passed} each cursor that a batch
     * and its finishing are done before.
     */
    public static void walk(CaseFeed feed, Set<Long> creditorIds, LocalDateTime from, int batch, Clock clock,
                     BatchHandler eachBatch, Consumer<LocalDateTime> passed) {
        LocalDateTime cursor = from;
        FinishingInOrder finishing = new FinishingInOrder(passed);
        try {
            Fetched fetched = fetch(feed, creditorIds, cursor, batch, clock);
            while (true) {
                CaseChanges changes = fetched.changes();
                boolean moves = advances(cursor, changes);
                boolean more = !changes.complete() && moves;
                Background<Fetched> next = Background.none();
                if (more) {
                    LocalDateTime nextCursor = changes.nextCursor();
                    next = Background.start("kravia-feed-reader",
                            () -> fetch(feed, creditorIds, nextCursor, batch, clock));
                }
                Runnable finish;
                try {
                    finish = eachBatch.handle(changes, fetched.readAt());
                } catch (RuntimeException handlingFailed) {
                    next.abandon();
                    throw handlingFailed;
                }
                finishing.start(finish, moves ? changes.nextCursor() : null);
                if (!more) {
                    break;
                }
                cursor = changes.nextCursor();
                fetched = next.await();
            }
        } catch (RuntimeException | Error failure) {
            finishing.awaitAfter(failure);
            throw failure;
        }
        finishing.finish();
    }

    private static Fetched fetch(CaseFeed feed, Set<Long> creditorIds, LocalDateTime cursor, int batch, Clock clock) {
        Instant asked = clock.instant();
        return new Fetched(feed.changesSince(creditorIds, cursor, batch), asked);
    }

    static boolean advances(LocalDateTime from, CaseChanges changes) {
        return changes.nextCursor() != null && !changes.nextCursor().equals(from);
    }

    /** The finishing of one batch at a time in the background, and the cursor of the batch it finishes. */
    private static final class FinishingInOrder {
        private final Consumer<LocalDateTime> passed;
        private Background<Void> underWay = Background.none();
        private LocalDateTime cursorAfter;

        FinishingInOrder(Consumer<LocalDateTime> passed) {
            this.passed = passed;
        }

        void start(Runnable finish, LocalDateTime cursorAfterIt) {
            finish();
            underWay = Background.start("case-change-finishing", finish);
            cursorAfter = cursorAfterIt;
        }

        /** Waits for the finishing under way, then passes the cursor beyond its batch. */
        void finish() {
            Background<Void> waited = underWay;
            underWay = Background.none();
            waited.await();
            if (cursorAfter != null) {
                passed.accept(cursorAfter);
            }
            cursorAfter = null;
        }

        void awaitAfter(Throwable failure) {
            underWay.awaitAfter(failure);
        }
    }
}
