package com.kraviabridge.store;

import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.StatusChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch reads and writes of the steady-state flows: same results as one at a time, in a statement a chunk. */
@ExtendWith(StoreExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class BatchedStoreReadsAndWritesTest {

    private static final Instant FORWARDED = Instant.parse("2026-04-01T06:00:00.123456Z");
    private Database db;

    @BeforeAll
    void open(Database database) {
        db = database;
    }

    @Test
    void casesAreReadByKraviaIdAndSavedManyAtATime() {
        JdbcCaseBook book = new JdbcCaseBook(db.dataSource());
        List<CollectionCase> cases = new ArrayList<>();
        for (long invoice = 1; invoice <= 1_200; invoice++) {
            cases.add(collectionCase(7, invoice, 30_000 + invoice, "1000.00"));
        }
        db.statementCounter().reset();

        book.saveAll(cases);
        Map<Long, CollectionCase> found = book.byKraviaIds(77, LongStream.rangeClosed(30_001, 31_300).boxed().toList());

        assertThat(db.statementCounter().statements()).as("three chunks to save, three to read").isEqualTo(6);
        assertThat(db.statementCounter().batchedRows()).as("no row-by-row batch").isZero();
        assertThat(found).hasSize(1_200);
        assertThat(found.get(30_500L)).isEqualTo(cases.get(499));
        assertThat(book.byKraviaIds(78, List.of(30_500L))).as("another creditor's id").isEmpty();

        CollectionCase paused = cases.get(499).withStatus(new CaseStatus("PAUSED"), null, Money.of("400.00", "NOK"),
                LocalDateTime.parse("2026-04-02T10:00:00.5"));
        CollectionCase closed = cases.get(500).withStatus(new CaseStatus("CLOSED"), "PAID", Money.of("0.00", "NOK"),
                LocalDateTime.parse("2026-04-02T11:00:00"));
        book.saveAll(List.of(paused, closed));

        assertThat(book.byKraviaId(77, 30_500)).contains(paused);
        assertThat(book.byInvoice(7, 501)).contains(closed);
        assertThat(book.count(7, true)).isEqualTo(1_199);
        book.saveAll(List.of());
    }

    @Test
    void statusChangesAreRecordedManyAtATimeEachOnce() {
        JdbcStatusHistory history = new JdbcStatusHistory(db.dataSource());
        StatusChange paused = new StatusChange(21, 9001, 4711, "PAUSED", null,
                LocalDateTime.parse("2026-04-01T08:00:00.000001"), Instant.parse("2026-04-01T08:01:00Z"));
        StatusChange closed = new StatusChange(21, 9002, 4712, "CLOSED", "PAID", null,
                Instant.parse("2026-04-01T08:01:00Z"));
        history.record(paused);

        history.recordAll(List.of(paused, closed, closed));

        assertThat(history.of(21, 9001)).containsExactly(paused);
        assertThat(history.of(21, 9002)).containsExactly(closed);
        assertThat(history.record(closed)).isFalse();
    }

    @Test
    void sentAllocationsArePagedByIdLeavingOutUndoneOnesAndThoseThatSentNothing() {
        JdbcForwardedAllocations handled = new JdbcForwardedAllocations(db.dataSource());
        handled.save(allocation(101, AllocationOutcome.PAYMENT, "300.00"));
        handled.save(allocation(102, AllocationOutcome.PAYMENT, "0.00"));
        handled.save(allocation(103, AllocationOutcome.CREDIT, "50.00"));
        handled.save(allocation(104, AllocationOutcome.PAYMENT, "20.00"));
        handled.save(allocation(105, AllocationOutcome.PAYMENT, "10.00"));
        handled.save(allocation(106, AllocationOutcome.KRAVIA_PAYOUT, "0.00"));
        handled.markUndone(3, 104);

        assertThat(handled.sentPage(3, AllocationOutcome.PAYMENT, 0, 10)).extracting(ForwardedAllocation::allocationId)
                .containsExactly(101L, 105L);
        assertThat(handled.sentPage(3, AllocationOutcome.PAYMENT, 101, 1)).extracting(ForwardedAllocation::allocationId)
                .containsExactly(105L);
        assertThat(handled.sentPage(3, AllocationOutcome.CREDIT, 0, 10)).extracting(ForwardedAllocation::allocationId)
                .containsExactly(103L);
        assertThat(handled.sentPage(4, AllocationOutcome.PAYMENT, 0, 10)).isEmpty();
    }

    private static CollectionCase collectionCase(long company, long invoice, long kraviaId, String capital) {
        return new CollectionCase(company, invoice, "INV/2026/" + invoice, 77, kraviaId, "D-" + invoice, 500 + invoice,
                new CaseStatus("REGISTERED"), null, Money.of(capital, "NOK"), null, FORWARDED);
    }

    private static ForwardedAllocation allocation(long id, AllocationOutcome kind, String amount) {
        return new ForwardedAllocation(id, 3, 4711, 9001, kind, new BigDecimal(amount), "NOK", "payment:3:" + id, false,
                FORWARDED);
    }
}
