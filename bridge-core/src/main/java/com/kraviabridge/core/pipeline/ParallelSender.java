package com.kraviabridge.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs pages of independent remote writes with bounded concurrency. Kravia's latency, not our CPU, is what a
 * forwarding run waits on, so a few writes in flight bring the run close to the physical limit. Pages submitted
 * one after the other are sent in that order; a flow that submits the next page before it waits for the current
 * one keeps the senders busy while it does its own work in between.
 */
public final class ParallelSender implements AutoCloseable {

    private final ExecutorService executor;
    private final int concurrency;

    public ParallelSender(int concurrency) {
        this.concurrency = Math.max(1, concurrency);
        // A thread even for one write at a time: the flow's own work (reading the next page, storing the last one)
        // then runs beside the sending instead of between two writes.
        this.executor = Executors.newFixedThreadPool(this.concurrency, runnable -> {
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
        if (tasks.size() <= 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        submit(tasks).await();
    }

    /** Queues the tasks behind those submitted before and returns at once. */
    public Page submit(List<Runnable> tasks) {
        return submitTo(new Page(), tasks);
    }

    /** A page with no task yet, for tasks that become ready at different times ({@link #submitTo}). */
    public Page emptyPage() {
        return new Page();
    }

    /** Like {@link #submit}, with the tasks added to {@code page}: its {@code await} then waits for them too. */
    public Page submitTo(Page page, List<Runnable> tasks) {
        try {
            for (Runnable work : tasks) {
                Task task = new Task(work, page.cancelled);
                page.done.add(task.done);
                executor.execute(task);
            }
        } catch (RuntimeException e) {
            page.cancel();
            throw e;
        }
        return page;
    }

    /** The tasks of one {@link #submit}. */
    public static final class Page {

        private final List<CompletableFuture<Void>> done = new ArrayList<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Page() {
        }

        /** Returns when every task is finished; the first unexpected error is rethrown. */
        public void await() {
            RuntimeException first = null;
            for (CompletableFuture<Void> task : done) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                    throw new IllegalStateException("interrupted while sending", e);
                }
            }
            if (first != null) {
                throw first;
            }
        }

        /**
         * Drops the tasks that have not started and waits for the ones that have: a write is never cut off halfway,
         * and none runs after the flow that submitted it gave up. Errors of the tasks are not rethrown here.
         */
        public void cancel() {
            cancelled.set(true);
            boolean interrupted = Thread.interrupted();
            for (CompletableFuture<Void> task : done) {
                while (true) {
                    try {
                        task.get();
                        break;
                    } catch (ExecutionException e) {
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One write; tells its page when it is over, whether it ran, failed or was dropped. */
    private static final class Task implements Runnable {

        private final Runnable work;
        private final AtomicBoolean cancelled;
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        Task(Runnable work, AtomicBoolean cancelled) {
            this.work = work;
            this.cancelled = cancelled;
        }

        @Override
        public void run() {
            if (cancelled.get()) {
                drop();
                return;
            }
            try {
                work.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }

        void drop() {
            done.completeExceptionally(new IllegalStateException("not sent: sending was stopped"));
        }
    }

    @Override
    public void close() {
        for (Runnable neverStarted : executor.shutdownNow()) {
            if (neverStarted instanceof Task task) {
                task.drop();
            }
        }
    }
}
