package com.kraviabridge.core.pipeline;

/**
 * Reads the next page on a thread of its own as soon as the current one is handed over, so that the flow's work on
 * the current page and the read of the next take the time of the longer, not of both. Only one page is read ahead.
 */
public final class ReadAhead<P> implements PageReader<P> {

    private final String name;
    private final PageReader<P> source;
    private Background<P> pending;
    private boolean started;

    private ReadAhead(String name, PageReader<P> source) {
        this.name = name;
        this.source = source;
    }

    /** @param name the name of the reading thread */
    public static <P> ReadAhead<P> of(String name, PageReader<P> source) {
        return new ReadAhead<>(name, source);
    }

    @Override
    public P next() {
        P page;
        if (pending != null) {
            Background<P> reading = pending;
            pending = null;
            page = reading.await();
        } else if (!started && source.hasMore()) {
            page = source.next();
        } else {
            return null;
        }
        started = true;
        // What the read changed in the source is seen here: the read before is over (awaited or ours).
        if (page != null && source.hasMore()) {
            pending = Background.start(name, source::next);
        }
        return page;
    }

    @Override
    public boolean hasMore() {
        return pending != null || (!started && source.hasMore());
    }

    @Override
    public void stopAfter(Throwable failure) {
        if (pending != null) {
            pending.awaitAfter(failure);
            pending = null;
        }
    }
}
