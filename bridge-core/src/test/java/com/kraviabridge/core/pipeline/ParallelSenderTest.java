package com.kraviabridge.core.pipeline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelSenderTest {

    private final ParallelSender sender = new ParallelSender(2);

    @AfterEach
    void close() {
        sender.close();
    }

    @Test
    void aPageIsQueuedAtOnceAndAwaitedLater() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        List<Runnable> tasks = IntStream.range(0, 4).<Runnable>mapToObj(i -> () -> {
            await(release);
            done.incrementAndGet();
        }).toList();

        ParallelSender.Page page = sender.submit(tasks);
        assertThat(done).as("submit does not wait").hasValue(0);
        release.countDown();
        page.await();

        assertThat(done).hasValue(4);
    }

    @Test
    void tasksAddedToAPageLaterAreAwaitedWithItAndTheirErrorRethrown() {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        ParallelSender.Page page = sender.emptyPage();

        sender.submitTo(page, List.of(done::incrementAndGet));
        sender.submitTo(page, List.of(() -> {
            await(release);
            done.incrementAndGet();
        }, () -> {
            throw new IllegalStateException("later");
        }));
        release.countDown();

        assertThatThrownBy(page::await).hasMessage("later");
        assertThat(done).hasValue(2);
    }

    @Test
    void theFirstUnexpectedErrorIsRethrownOnceEveryTaskIsOver() {
        AtomicInteger done = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            throw new IllegalStateException("first");
        });
        IntStream.range(0, 5).forEach(i -> tasks.add(done::incrementAndGet));
        tasks.add(() -> {
            throw new IllegalArgumentException("second");
        });

        assertThatThrownBy(() -> sender.submit(tasks).await()).isInstanceOf(IllegalStateException.class)
                .hasMessage("first");
        assertThat(done).hasValue(5);
        assertThatThrownBy(() -> sender.runAll(tasks)).hasMessage("first");
    }

    @Test
    void pagesRunInTheOrderTheyWereSubmitted() {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        ParallelSender one = new ParallelSender(1);
        try {
            ParallelSender.Page first = one.submit(List.of(() -> order.add(1), () -> order.add(2)));
            ParallelSender.Page second = one.submit(List.of(() -> order.add(3)));
            second.await();
            first.await();
        } finally {
            one.close();
        }
        assertThat(order).containsExactly(1, 2, 3);
    }

    @Test
    void cancellingDropsWhatHasNotStartedAndWaitsForWhatHas() throws Exception {
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        List<Runnable> tasks = IntStream.range(0, 6).<Runnable>mapToObj(i -> () -> {
            ran.incrementAndGet();
            started.countDown();
            await(release);
            finished.incrementAndGet();
        }).toList();
        ParallelSender.Page page = sender.submit(tasks);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        Thread canceller = new Thread(page::cancel);
        canceller.start();
        // cancel() marks the page first, then waits for the tasks under way: once it waits, let those finish
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (canceller.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        canceller.join(10_000);

        assertThat(canceller.isAlive()).isFalse();
        assertThat(finished).as("the two under way were waited for").hasValue(2);
        assertThat(ran).as("the four queued never started").hasValue(2);
        assertThatThrownBy(page::await).hasMessageContaining("sending was stopped");
    }

    @Test
    void closingTheSenderEndsTheWaitOfQueuedPages() throws Exception {
        ParallelSender one = new ParallelSender(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ParallelSender.Page page = one.submit(List.of(() -> {
            started.countDown();
            await(release);
        }, () -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        one.close();
        release.countDown();

        assertThatThrownBy(page::await).hasMessageContaining("sending was stopped");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
