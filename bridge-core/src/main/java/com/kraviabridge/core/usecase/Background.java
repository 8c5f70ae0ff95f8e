package com.kraviabridge.core.usecase;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Work a flow starts on a thread of its own and waits for before it ends; its failure is the flow's failure. */
final class Background {

    private final CompletableFuture<Void> done;

    private Background(CompletableFuture<Void> done) {
        this.done = done;
    }

    static Background start(String name, Runnable work) {
        return new Background(CompletableFuture.runAsync(work, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    static Background none() {
        return new Background(CompletableFuture.completedFuture(null));
    }

    /** Waits for the work after the flow failed: the flow's failure is the one that counts, the work's is added. */
    void awaitAfter(Throwable failure) {
        try {
            await();
        } catch (RuntimeException | Error alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
    }

    /** Waits for the work; rethrows what it threw. */
    void await() {
        try {
            done.join();
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
