package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Requests arriving at once, while the clock moves, leave a consistent book. */
class ConcurrencyTest extends SimulatorTest {

    private <T> List<T> runTogether(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRegistrationsGetDistinctIdsAndDistinctStamps() throws Exception {
        List<Long> ids = runTogether(30, () -> register("n", "100"));

        assertThat(new HashSet<>(ids)).hasSize(30);
        assertThat(sim.invoices(CREDITOR)).extracting(InvoiceSnapshot::lastUpdatedTime).doesNotHaveDuplicates();
    }

    @Test
    void concurrentPaymentsOnOneCaseAreAllApplied() throws Exception {
        long id = register("1", "1000");
        List<Integer> statuses = runTogether(40, () -> {
            if (Thread.currentThread().getName().endsWith("-1")) {
                sim.clock().advanceDays(1);
            }
            return http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "10", id, "10")).status();
        });

        assertThat(statuses).containsOnly(200);
        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("600");
        assertThat(sim.invoice(id).payments()).hasSize(40);
    }
}
