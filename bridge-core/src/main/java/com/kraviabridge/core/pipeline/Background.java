package com.kraviabridge.core.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a flow starts on a thread of its own (a read it will need next, a look beside the sending) and waits for
 * before it goes on or ends; what the work throws is thrown to the flow.
 */
public final class Background<T> {

    private final CompletableFuture<T> done;

    private Background(CompletableFuture<T> done) {
        this.done = done;
    }

    public static <T> Background<T> start(String name, Supplier<T> work) {
        return new Background<>(CompletableFuture.supplyAsync(work, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    public static Background<Void> start(String name, Runnable work) {
        return start(name, () -> {
            work.run();
            return null;
        });
    }

    public static <T> Background<T> none() {
        return new Background<>(CompletableFuture.completedFuture(null));
    }

    /**
     * Gives up on the work without waiting for it: its result and failure are dropped, and it is not interrupted
     * (a read under way ends by itself).
     */
    public void abandon() {
        done.cancel(false);
    }

    /** Waits for the work after the flow failed: the flow's failure is the one that counts, the work's is added. */
    public void awaitAfter(Throwable failure) {
        try {
            await();
        } catch (RuntimeException | Error alsoFailed) {
            // The flow may have failed with this very failure, having waited for the work already.
            if (alsoFailed != failure) {
                failure.addSuppressed(alsoFailed);
            }
        }
    }

    /** Waits for the work and hands its result over; rethrows what it threw. */
    public T await() {
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
