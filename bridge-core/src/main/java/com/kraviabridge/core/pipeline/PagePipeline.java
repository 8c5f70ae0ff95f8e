package com.kraviabridge.core.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Runs a flow's {@link PageStep} over the pages of a {@link PageReader}, so that the remote writes, which are what a
 * run waits on, never wait for the flow's own work: while the senders send page N, the flow's thread books page N-1
 * and reads and plans page N+1, whose items queue behind N's. No more than two pages are held at a time.
 *
 * <p>On the way out with an error, the items still queued are dropped and those on the wire are waited for: a
 * write is never cut off halfway, and none runs after its flow gave up. A page that is not booked leaves no trace
 * beyond what its writes recorded themselves, so a flow that moves a cursor in {@link PageStep#book} is read again
 * from before it.
 */
public final class PagePipeline {

    private final ParallelSender sender;

    public PagePipeline(ParallelSender sender) {
        this.sender = sender;
    }

    public <P, D, T, R> void run(PageReader<P> reader, PageStep<P, D, T, R> step) {
        run(reader, step, null);
    }

    /**
     * @param besideReads work that only reads and that the pages neither change nor need (e.g. a look for what was
     *                    undone), or null: it runs beside the sending, started once no page is left to read, since
     *                    an ERP that answers one request at a time would put the page reads behind it; awaited
     *                    before the run returns
     */
    public <P, D, T, R> void run(PageReader<P> reader, PageStep<P, D, T, R> step, Runnable besideReads) {
        Beside beside = new Beside(besideReads);
        InFlight<D, T, R> previous = null;
        InFlight<D, T, R> current = null;
        try {
            P page;
            while ((page = reader.next()) != null) {
                if (!reader.hasMore()) {
                    beside.start();
                }
                current = new InFlight<>(step, step.plan(page), previous);
                current.sendReady();
                if (previous != null) {
                    previous.book();
                }
                current.sendWaiting();
                previous = current;
                current = null;
            }
            beside.start();
            if (previous != null) {
                previous.book();
            }
        } catch (RuntimeException | Error failure) {
            stop(current);
            stop(previous);
            reader.stopAfter(failure);
            beside.running.awaitAfter(failure);
            throw failure;
        }
        beside.running.await();
    }

    private static void stop(InFlight<?, ?, ?> page) {
        if (page != null) {
            page.sending.cancel();
        }
    }

    /** One page between its plan and its booking, and the results of its items as they come. */
    private final class InFlight<D, T, R> {
        private final PageStep<?, D, T, R> step;
        private final D page;
        private final List<T> items;
        private final AtomicReferenceArray<R> results;
        private final Set<Long> keys = new HashSet<>();
        private final List<List<Integer>> ready = new ArrayList<>();
        private final List<List<Integer>> waiting = new ArrayList<>();
        private final ParallelSender.Page sending = sender.emptyPage();

        InFlight(PageStep<?, D, T, R> step, Plan<D, T> plan, InFlight<D, T, R> before) {
            this.step = step;
            this.page = plan.page();
            this.items = plan.toSend();
            this.results = new AtomicReferenceArray<>(items.size());
            List<Integer> indexes = IntStream.range(0, items.size()).boxed().toList();
            for (List<Integer> chain : SameInvoiceGroups.of(indexes, i -> step.keysOf(items.get(i)))) {
                boolean touchesBefore = false;
                for (int i : chain) {
                    for (Long key : step.keysOf(items.get(i))) {
                        keys.add(key);
                        touchesBefore |= before != null && before.keys.contains(key);
                    }
                }
                (touchesBefore ? waiting : ready).add(chain);
            }
        }

        void sendReady() {
            send(ready);
        }

        /** Sends the items that waited for the page before, which is booked now. */
        void sendWaiting() {
            if (waiting.isEmpty()) {
                return;
            }
            step.resume(page, waiting.stream().flatMap(List::stream).sorted().map(items::get).toList());
            send(waiting);
        }

        private void send(List<List<Integer>> chains) {
            if (chains.isEmpty()) {
                return;
            }
            List<Runnable> tasks = new ArrayList<>(chains.size());
            for (List<Integer> chain : chains) {
                tasks.add(() -> {
                    for (int i : chain) {
                        results.set(i, step.send(page, items.get(i)));
                    }
                });
            }
            sender.submitTo(sending, tasks);
        }

        /** Waits for every item of the page and hands the results over in page order. */
        void book() {
            sending.await();
            List<R> inOrder = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                inOrder.add(results.get(i));
            }
            step.book(page, inOrder);
        }
    }

    /** The work beside the reads of one run, started once. */
    private static final class Beside {
        private final Runnable work;
        private Background<Void> running = Background.none();
        private boolean started;

        Beside(Runnable work) {
            this.work = work;
        }

        void start() {
            if (work == null || started) {
                return;
            }
            started = true;
            running = Background.start("beside-pages", work);
        }
    }
}
