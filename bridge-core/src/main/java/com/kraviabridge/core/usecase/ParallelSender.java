package com.kraviabridge.core.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one page of independent remote writes with bounded concurrency. Kravia's latency, not our CPU,
 * is what a forwarding run waits on, so a few writes in flight bring the run close to the physical limit.
 */
public final class ParallelSender implements AutoCloseable {

    private final ExecutorService executor;
    private final int concurrency;

    public ParallelSender(int concurrency) {
        this.concurrency = Math.max(1, concurrency);
        this.executor = this.concurrency == 1 ? null : Executors.newFixedThreadPool(this.concurrency, runnable -> {
            Thread thread = new Thread(runnable, "kravia-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    public int concurrency() {
        return concurrency;
    }

    /** Runs every task and returns when all are finished; the first unexpected error is rethrown. */
    public void runAll(List<Runnable> tasks) {
        if (executor == null || tasks.size() <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(tasks.size());
        for (Runnable task : tasks) {
            futures.add(executor.submit(task));
        }
        RuntimeException first = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
