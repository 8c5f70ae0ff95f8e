package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.CaseFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the payments and credits flows cost when little or nothing changed, and how they still notice a payment
 * or credit undone in the ERP: by the invoices that changed, and by the daily sweep for what change marks miss.
 */
class AllocationFlowsSteadyStateTest {

    private static final CreditorMapping CREDITOR = new CreditorMapping(1, 501);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryAllocations erp = new InMemoryAllocations();
    private final RecordingRegistry kravia = new RecordingRegistry();
    private final ParallelSender sender = new ParallelSender(4);

    @AfterEach
    void stopSender() {
        sender.close();
    }

    @Test
    void anIdleRunOfThePaymentsFlowCostsTheSameFewErpCallsAtAnyNumberOfCases() {
        assertThat(idlePaymentCalls(20)).isLessThanOrEqualTo(3).isEqualTo(idlePaymentCalls(2_000));
    }

    @Test
    void anIdleRunOfTheCreditsFlowCostsTheSameFewErpCallsAtAnyNumberOfCases() {
        assertThat(idleCreditCalls(20)).isLessThanOrEqualTo(3).isEqualTo(idleCreditCalls(2_000));
    }

    @Test
    void anUndonePaymentIsLookedForOnlyAmongTheInvoicesThatChanged() {
        ForwardDirectPayments flow = payments();
        for (long invoice = 1; invoice <= 300; invoice++) {
            forwarded(invoice, "1000");
            erp.add(payment(invoice, invoice, "100"));
        }
        flow.run(CREDITOR, false);
        assertThat(kravia.payments).hasSize(300);
        erp.presenceAsked.clear();

        erp.undo(150);
        FlowReport report = flow.run(CREDITOR, false);

        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(store.all()).singleElement().satisfies(p -> assertThat(p.reason())
                .contains("payment of 100.00 NOK on invoice #150").contains("undone in Odoo"));
        assertThat(erp.presenceAsked).as("allocations asked about").allMatch(n -> n <= 2);
        assertThat(flow.run(CREDITOR, false).parkedCount()).as("reported once").isZero();
    }

    @Test
    void anUndoneCreditIsParkedByTheCreditsFlow() {
        ForwardCredits flow = credits();
        forwarded(10, "1000");
        erp.add(credit(1, 10, "250"));
        flow.run(CREDITOR, false);
        assertThat(kravia.credits).hasSize(1);

        erp.undo(1);
        FlowReport report = flow.run(CREDITOR, false);

        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(report.lines()).anyMatch(l -> l.startsWith("credit of 250.00 NOK on invoice #10"));
    }

    @Test
    void anUndoingTheChangeMarksMissIsFoundByTheDailySweep() {
        ForwardDirectPayments flow = payments();
        forwarded(10, "1000");
        erp.add(payment(1, 10, "300"));
        flow.run(CREDITOR, false);
        erp.touch(11);
        flow.run(CREDITOR, false);

        erp.undoUnseen(1);
        assertThat(flow.run(CREDITOR, false).parkedCount()).as("the change marks do not show it").isZero();
        clock.advance(UndoneAllocations.SWEEP_INTERVAL.minusMinutes(1));
        assertThat(flow.run(CREDITOR, false).parkedCount()).as("not yet a day").isZero();
        clock.advance(Duration.ofMinutes(2));

        FlowReport report = flow.run(CREDITOR, false);

        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(report.lines()).anyMatch(l -> l.contains("undone in Odoo"));
    }

    @Test
    void aPaymentCappedToNothingIsNotReportedAsUndone() {
        ForwardDirectPayments flow = payments();
        forwarded(10, "100");
        erp.add(payment(1, 10, "100"));
        erp.add(payment(2, 10, "50"));
        flow.run(CREDITOR, false);
        assertThat(kravia.payments).hasSize(1);

        erp.undo(2);

        assertThat(flow.run(CREDITOR, false).lines()).noneMatch(l -> l.contains("undone"));
    }

    private int idlePaymentCalls(int cases) {
        InMemoryAllocations fresh = new InMemoryAllocations();
        InMemoryStore books = new InMemoryStore();
        ForwardDirectPayments flow = new ForwardDirectPayments(fresh, books, books, books, books,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), kravia, feed(),
                new KraviaPayouts(99, Set.of("KRV")), clock, 500, sender);
        for (long invoice = 1; invoice <= cases; invoice++) {
            books.save(collectionCase(invoice, "1000"));
            fresh.add(payment(invoice, invoice, "100"));
        }
        flow.run(CREDITOR, false);
        flow.run(CREDITOR, false);
        int before = fresh.calls.get();
        FlowReport idle = flow.run(CREDITOR, false);
        assertThat(idle.sentCount()).isZero();
        return fresh.calls.get() - before;
    }

    private int idleCreditCalls(int cases) {
        InMemoryAllocations fresh = new InMemoryAllocations();
        InMemoryStore books = new InMemoryStore();
        ForwardCredits flow = new ForwardCredits(fresh, books, books, books, books,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), kravia, feed(), clock, 500, sender);
        for (long invoice = 1; invoice <= cases; invoice++) {
            books.save(collectionCase(invoice, "1000"));
            fresh.add(credit(invoice, invoice, "100"));
        }
        flow.run(CREDITOR, false);
        flow.run(CREDITOR, false);
        int before = fresh.calls.get();
        FlowReport idle = flow.run(CREDITOR, false);
        assertThat(idle.sentCount()).isZero();
        return fresh.calls.get() - before;
    }

    private ForwardDirectPayments payments() {
        return new ForwardDirectPayments(erp, store, store, store, store,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), kravia, feed(),
                new KraviaPayouts(99, Set.of("KRV")), clock, 500, sender);
    }

    private ForwardCredits credits() {
        return new ForwardCredits(erp, store, store, store, store,
                new RemoteWrites(new InMemoryOperationsLog(clock), clock), kravia, feed(), clock, 500, sender);
    }

    private void forwarded(long invoiceId, String capital) {
        store.save(collectionCase(invoiceId, capital));
    }

    private CollectionCase collectionCase(long invoiceId, String capital) {
        return new CollectionCase(1, invoiceId, "INV/" + invoiceId, 501, 880_000 + invoiceId, "C-1", 7,
                CaseStatus.REGISTERED, null, Money.of(capital, "NOK"), null, clock.instant());
    }

    static Allocation payment(long id, long invoiceId, String amount) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CUSTOMER_PAYMENT, Money.of(amount, "NOK"),
                LocalDate.of(2026, 11, 20), 100_000 + id, "PBNK/" + id, 50_000 + id, "BNK", 7, null, 0);
    }

    private static Allocation credit(long id, long invoiceId, String amount) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CREDIT_NOTE, Money.of(amount, "NOK"),
                LocalDate.of(2026, 11, 20), 200_000 + id, "RINV/" + id, null, "INV", 7, null, invoiceId);
    }

    private static CaseFeed feed() {
        return new CaseFeed() {
            @Override
            public CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CaseDetails details(long creditorId, long kraviaInvoiceId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration amount) {
            now = now.plus(amount);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
