package com.kraviabridge.core.pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page pipeline every flow runs on: overlap, ordering, held-back items, cancellation, work beside the reads. */
class PagePipelineTest {

    private final ParallelSender sender = new ParallelSender(4);
    private final PagePipeline pipeline = new PagePipeline(sender);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        sender.close();
    }

    @Test
    void theNextPageIsPlannedBeforeTheOneBeforeIsBookedAndNoMoreThanTwoPagesAreHeld() {
        Step step = new Step(item -> { });

        pipeline.run(pages(List.of("a1", "a2"), List.of("b1"), List.of("c1", "c2")), step);

        assertThat(events).filteredOn(e -> !e.startsWith("send") && !e.startsWith("done")).containsExactly(
                "read 1", "plan 1", "read 2", "plan 2", "book 1", "read 3", "plan 3", "book 2", "book 3");
        assertThat(events).filteredOn(e -> e.startsWith("send")).containsExactlyInAnyOrder(
                "send a1", "send a2", "send b1", "send c1", "send c2");
    }

    @Test
    void theNextPageIsSentWhileThePageBeforeIsStillOnTheWire() {
        CountDownLatch nextPageSent = new CountDownLatch(1);
        List<Boolean> firstSawTheNext = new CopyOnWriteArrayList<>();
        Step step = new Step(item -> {
            if (item.equals("a1")) {
                firstSawTheNext.add(await(nextPageSent));
            } else if (item.equals("b1")) {
                nextPageSent.countDown();
            }
        });

        pipeline.run(pages(List.of("a1"), List.of("b1")), step);

        assertThat(firstSawTheNext).containsExactly(true);
    }

    @Test
    void resultsAreBookedInPageOrderWhateverOrderTheyCameIn() {
        CountDownLatch lastDone = new CountDownLatch(1);
        Step step = new Step(item -> {
            if (item.equals("x1")) {
                await(lastDone);
            } else if (item.equals("x3")) {
                lastDone.countDown();
            }
        });

        pipeline.run(pages(List.of("x1", "x2", "x3")), step);

        assertThat(step.booked).containsExactly(List.of("sent x1", "sent x2", "sent x3"));
        assertThat(events.indexOf("send x3")).as("the first ended after the last began").isLessThan(events.indexOf("done x1"));
    }

    @Test
    void itemsSharingAKeyGoInPageOrderAndThoseOnThePageBeforeWaitForItsBooking() {
        Map<String, Set<Long>> keys = Map.of("a1", Set.of(1L), "a2", Set.of(1L), "a3", Set.of(3L),
                "b1", Set.of(1L), "b2", Set.of(2L));
        CountDownLatch otherOfNextPageSent = new CountDownLatch(1);
        List<Boolean> firstSawTheOther = new CopyOnWriteArrayList<>();
        Step step = new Step(item -> {
            if (item.equals("a2")) {
                firstSawTheOther.add(await(otherOfNextPageSent));
            } else if (item.equals("b2")) {
                otherOfNextPageSent.countDown();
            }
        });
        step.keys = keys;

        pipeline.run(pages(List.of("a1", "a2", "a3"), List.of("b1", "b2")), step);

        assertThat(firstSawTheOther).as("b2 shares nothing with page 1 and went meanwhile").containsExactly(true);
        assertThat(events.indexOf("send a1")).isLessThan(events.indexOf("send a2"));
        assertThat(events.indexOf("book 1")).as("b1 waited for page 1's booking")
                .isLessThan(events.indexOf("resume [b1]"));
        assertThat(events.indexOf("resume [b1]")).isLessThan(events.indexOf("send b1"));
        assertThat(step.booked).containsExactly(List.of("sent a1", "sent a2", "sent a3"), List.of("sent b1", "sent b2"));
    }

    @Test
    void onAFailureQueuedItemsAreDroppedAndThoseOnTheWireWaitedFor() throws Exception {
        ParallelSender one = new ParallelSender(1);
        CountDownLatch onTheWire = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        AtomicBoolean failing = new AtomicBoolean();
        Step step = new Step(item -> {
            if (item.equals("b1")) {
                onTheWire.countDown();
                await(release);
            }
            finished.add(item);
        });
        step.failBooking = page -> {
            if (page == 1) {
                await(onTheWire);
                failing.set(true);
                throw new IllegalStateException("store down");
            }
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                new PagePipeline(one).run(pages(List.of("a1"), List.of("b1", "b2", "b3")), step);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        try {
            run.start();
            assertThat(onTheWire.await(10, TimeUnit.SECONDS)).isTrue();
            // Once the run has failed, the first thing it waits for is the item on the wire, after it marked the rest
            // dropped: only then is that item let go.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(failing.get() && run.getState() == Thread.State.WAITING) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(run.isAlive()).as("the run waits for the item on the wire").isTrue();
            release.countDown();
            run.join(10_000);
        } finally {
            one.close();
        }

        assertThat(run.isAlive()).isFalse();
        assertThat(thrown.get()).hasMessage("store down");
        assertThat(finished).containsExactly("a1", "b1");
        assertThat(events).doesNotContain("send b2", "send b3", "book 2");
    }

    @Test
    void anItemThatFailsFailsTheRunWithoutBookingItsPage() {
        Step step = new Step(item -> {
            if (item.equals("b2")) {
                throw new IllegalStateException("unexpected");
            }
        });

        assertThatThrownBy(() -> pipeline.run(pages(List.of("a1"), List.of("b1", "b2")), step))
                .hasMessage("unexpected");
        assertThat(step.booked).containsExactly(List.of("sent a1"));
    }

    @Test
    void theWorkBesideStartsOnceTheLastPageIsReadAndIsAwaitedBeforeTheRunEnds() {
        CountDownLatch besideDone = new CountDownLatch(1);
        Step step = new Step(item -> { });

        pipeline.run(pages(List.of("a1"), List.of("b1")), step, () -> {
            events.add("beside");
            besideDone.countDown();
        });

        assertThat(besideDone.getCount()).isZero();
        assertThat(events.indexOf("read 2")).isLessThan(events.indexOf("beside"));
    }

    @Test
    void aFailureOfTheWorkBesideFailsTheRun() {
        assertThatThrownBy(() -> pipeline.run(pages(List.of("a1")), new Step(item -> { }), () -> {
            throw new IllegalStateException("look failed");
        })).hasMessage("look failed");
    }

    @Test
    void aRunWithoutPagesStillDoesTheWorkBeside() {
        List<String> done = new CopyOnWriteArrayList<>();

        pipeline.run(pages(), new Step(item -> { }), () -> done.add("beside"));

        assertThat(done).containsExactly("beside");
    }

    /** Pages of items, numbered from 1; records each read. */
    @SafeVarargs
    private PageReader<Page> pages(List<String>... pages) {
        Deque<List<String>> left = new ArrayDeque<>(List.of(pages));
        return new PageReader<>() {
            private int number;

            @Override
            public Page next() {
                if (left.isEmpty()) {
                    return null;
                }
                number++;
                events.add("read " + number);
                return new Page(number, left.poll());
            }

            @Override
            public boolean hasMore() {
                return !left.isEmpty();
            }
        };
    }

    private record Page(int number, List<String> items) {
    }

    /** Sends each item as "sent item", after what the test makes of it. */
    private final class Step implements PageStep<Page, Integer, String, String> {
        private final Consumer<String> onSend;
        private final List<List<String>> booked = new ArrayList<>();
        private Map<String, Set<Long>> keys = Map.of();
        private Consumer<Integer> failBooking = page -> { };

        Step(Consumer<String> onSend) {
            this.onSend = onSend;
        }

        @Override
        public Plan<Integer, String> plan(Page page) {
            events.add("plan " + page.number());
            return new Plan<>(page.number(), page.items());
        }

        @Override
        public String send(Integer page, String item) {
            events.add("send " + item);
            onSend.accept(item);
            events.add("done " + item);
            return "sent " + item;
        }

        @Override
        public void book(Integer page, List<String> results) {
            failBooking.accept(page);
            events.add("book " + page);
            booked.add(results);
        }

        @Override
        public Set<Long> keysOf(String item) {
            return keys.getOrDefault(item, Set.of());
        }

        @Override
        public void resume(Integer page, List<String> waited) {
            events.add("resume " + waited);
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
