package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.usecase.report.FlowReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.LongFunction;

import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.CREDITOR;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.credit;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the payments and credits flows cost when little or nothing changed, and how they still notice a payment
 * or credit undone in the ERP: by the invoices that changed, and by the daily sweep for what change marks miss.
 */
class AllocationFlowsSteadyStateTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final AllocationFlowFixture fixture = new AllocationFlowFixture(clock);
    private final InMemoryStore store = fixture.store;
    private final InMemoryAllocations erp = fixture.erp;
    private final RecordingRegistry kravia = fixture.kravia;

    @AfterEach
    void stopSender() {
        fixture.close();
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
        ForwardDirectPayments flow = fixture.payments();
        for (long invoice = 1; invoice <= 300; invoice++) {
            fixture.forwarded(invoice, "1000");
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
        ForwardCredits flow = fixture.credits();
        fixture.forwarded(10, "1000");
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
        ForwardDirectPayments flow = fixture.payments();
        fixture.forwarded(10, "1000");
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
        ForwardDirectPayments flow = fixture.payments();
        fixture.forwarded(10, "100");
        erp.add(payment(1, 10, "100"));
        erp.add(payment(2, 10, "50"));
        flow.run(CREDITOR, false);
        assertThat(kravia.payments).hasSize(1);

        erp.undo(2);

        assertThat(flow.run(CREDITOR, false).lines()).noneMatch(l -> l.contains("undone"));
    }

    private int idlePaymentCalls(int cases) {
        return idleErpCalls(cases, AllocationFlowFixture::payments, invoice -> payment(invoice, invoice, "100"));
    }

    private int idleCreditCalls(int cases) {
        return idleErpCalls(cases, AllocationFlowFixture::credits, invoice -> credit(invoice, invoice, "100"));
    }

    /** ERP calls of a run with nothing new, after one allocation per case was sent. */
    private int idleErpCalls(int cases, Function<AllocationFlowFixture, AllocationForwarding> flowOf,
                             LongFunction<Allocation> allocationOn) {
        try (AllocationFlowFixture fresh = new AllocationFlowFixture(clock)) {
            AllocationForwarding flow = flowOf.apply(fresh);
            for (long invoice = 1; invoice <= cases; invoice++) {
                fresh.forwarded(invoice, "1000");
                fresh.erp.add(allocationOn.apply(invoice));
            }
            flow.run(CREDITOR, false);
            flow.run(CREDITOR, false);
            int before = fresh.erp.calls.get();
            FlowReport idle = flow.run(CREDITOR, false);
            assertThat(idle.sentCount()).isZero();
            return fresh.erp.calls.get() - before;
        }
    }
}
