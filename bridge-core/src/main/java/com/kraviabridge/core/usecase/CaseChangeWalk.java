package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.port.CaseFeed;

import java.time.LocalDateTime;
import java.util.function.BiConsumer;

/**
 * Reads Kravia's change feed batch by batch from a cursor to its end. The walk stops when the feed says it is
 * complete or when a batch does not move the cursor, so a feed stuck on one timestamp cannot loop forever.
 */
final class CaseChangeWalk {

    private CaseChangeWalk() {
    }

    /** Hands each batch over with the cursor it started from. */
    static void walk(CaseFeed feed, long creditorId, LocalDateTime from, int batch,
                     BiConsumer<LocalDateTime, CaseChanges> eachBatch) {
        LocalDateTime cursor = from;
        while (true) {
            CaseChanges changes = feed.changesSince(creditorId, cursor, batch);
            eachBatch.accept(cursor, changes);
            if (changes.complete() || !advances(cursor, changes)) {
                return;
            }
            cursor = changes.nextCursor();
        }
    }

    static boolean advances(LocalDateTime from, CaseChanges changes) {
        return changes.nextCursor() != null && !changes.nextCursor().equals(from);
    }
}
