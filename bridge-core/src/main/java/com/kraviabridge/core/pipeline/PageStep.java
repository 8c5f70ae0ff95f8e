package com.kraviabridge.core.pipeline;

import java.util.List;
import java.util.Set;

/**
 * The business of a flow for one page, in three steps written as plain sequential code: decide what goes
 * ({@link #plan}), send one item ({@link #send}), and book what the sending did ({@link #book}). The
 * {@link PagePipeline} decides when each runs and on which thread; a step knows nothing of either, beyond what
 * is said here.
 *
 * @param <P> a page as read
 * @param <D> the flow's record of a page between its plan and its booking
 * @param <T> an item to send
 * @param <R> what sending one item gave
 */
public interface PageStep<P, D, T, R> {

    /** On the flow's thread: decides about the page, stores what must be stored before the sending. */
    Plan<D, T> plan(P page);

    /**
     * On a sender thread, beside other items of the same and the next page; items that share a key (see
     * {@link #keysOf}) are sent one after the other in page order, on the same thread.
     */
    R send(D page, T item);

    /**
     * On the flow's thread, once every item of the page is sent and the page before is booked: the results are in
     * page order, one per item.
     */
    void book(D page, List<R> results);

    /**
     * What an item touches that another item must not touch at the same time (e.g. the invoices whose capital it
     * lowers). Items of a page sharing a key with the page before wait until that page is booked, then go after
     * {@link #resume}. None by default: every item is independent.
     */
    default Set<Long> keysOf(T item) {
        return Set.of();
    }

    /**
     * On the flow's thread, once the page before is booked and before the items of this page that waited for it
     * go: the place to read again what that booking changed.
     */
    default void resume(D page, List<T> waited) {
    }
}
