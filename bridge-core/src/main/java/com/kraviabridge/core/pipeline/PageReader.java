package com.kraviabridge.core.pipeline;

/**
 * Hands a flow its work one page at a time, from where the flow left off. Knows nothing of what is done with a
 * page, nor of threads: reading ahead is {@link ReadAhead}'s business.
 */
public interface PageReader<P> {

    /** The next page, or null when there is none left; a page may be empty. */
    P next();

    /** Whether {@link #next} may still return a page. */
    boolean hasMore();

    /** The run failed: a read still under way is waited for, and its own failure added to the run's. */
    default void stopAfter(Throwable failure) {
    }
}
