package com.kraviabridge.core.pipeline;

import java.util.function.LongConsumer;

/**
 * A flow's position in a stream read in id order, moved over finished work only: never past the first item left
 * unfinished in this run (a retry is due, an outcome is unknown), so that item and all after it are read again
 * next run. What was finished after it is then skipped cheaply by the flow.
 */
public final class FinishedWorkCursor {

    private final LongConsumer store;
    private long position;
    private Long firstUnfinished;

    /** @param store where a moved position is kept; a dry run passes one that keeps nothing */
    public FinishedWorkCursor(long position, LongConsumer store) {
        this.position = position;
        this.store = store;
    }

    public long position() {
        return position;
    }

    /**
     * Every item up to {@code upTo} was handled; {@code unfinished} is the id of the first one left unfinished among
     * them, or null.
     */
    public void passed(long upTo, Long unfinished) {
        if (unfinished != null && (firstUnfinished == null || unfinished < firstUnfinished)) {
            firstUnfinished = unfinished;
        }
        long safe = firstUnfinished == null ? upTo : Math.min(upTo, firstUnfinished - 1);
        if (safe > position) {
            store.accept(safe);
            position = safe;
        }
    }
}
