package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.CaseDetails.RecordedPayment;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.usecase.report.FlowReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.CREDITOR;
import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;

/** The direct-payment flow keeps Kravia's payouts back: noted on the invoice, or kept for a person when unsure. */
class PayoutRecognitionTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final AllocationFlowFixture fx = new AllocationFlowFixture(clock);

    @AfterEach
    void close() {
        fx.close();
    }

    private void kraviaCollected(long invoiceId, String original, RecordedPayment... payments) {
        long caseId = 880_000 + invoiceId;
        fx.payouts.records.put(caseId, new CaseDetails(new CaseSnapshot(caseId, 501, null, "INV/" + invoiceId,
                CaseStatus.CLOSED, Money.of("0", "NOK"), null), null, null, "PAID", List.of(), List.of(payments),
                Money.of(original, "NOK")));
    }

    private static RecordedPayment collected(String amount) {
        return new RecordedPayment(LocalDate.of(2026, 11, 18), Money.of(amount, "NOK"), null, "COLLECTED");
    }

    @Test
    void aPaymentOfWhatKraviaCollectedIsNotedAsItsPayoutAndNeverSent() {
        fx.forwarded(10, "1000");
        kraviaCollected(10, "1000", collected("1000"));
        fx.erp.add(payment(1, 10, "1000"));

        FlowReport report = fx.payments().run(CREDITOR, false);

        assertThat(fx.kravia.payments).isEmpty();
        assertThat(report.lines()).anyMatch(l -> l.contains("recognised Kravia payout") && l.contains("Kravia's record"));
        assertThat(fx.payouts.notes).singleElement().satisfies(n -> {
            assertThat(n.invoiceId()).isEqualTo(10);
            assertThat(n.text()).contains("paid out by Kravia").contains("PBNK/1");
        });
        assertThat(fx.store.allocations.values()).singleElement()
                .satisfies(a -> assertThat(a.outcome()).isEqualTo(AllocationOutcome.KRAVIA_PAYOUT));
        assertThat(fx.payments().run(CREDITOR, false).sentCount()).isZero();
        assertThat(fx.kravia.payments).isEmpty();
    }

    @Test
    void theCustomersOwnPaymentIsStillSent() {
        fx.forwarded(10, "1000");
        fx.forwarded(11, "500");
        kraviaCollected(10, "1000", collected("1000"));
        fx.erp.add(payment(1, 10, "1000"));
        fx.erp.add(payment(2, 11, "200"));

        fx.payments().run(CREDITOR, false);

        assertThat(fx.kravia.payments).singleElement().satisfies(p -> {
            assertThat(p.total()).isEqualTo(Money.of("200", "NOK"));
            assertThat(p.parts()).singleElement().satisfies(part -> assertThat(part.kraviaInvoiceId()).isEqualTo(880_011));
        });
        assertThat(fx.payouts.asked).contains(880_010L, 880_011L);
    }

    @Test
    void anUndecidedPaymentIsKeptForAPersonNeverSentBlind() {
        fx.forwarded(10, "1000");
        kraviaCollected(10, "1000", new RecordedPayment(LocalDate.of(2026, 11, 1), Money.of("500", "NOK"),
                "odoo-payment-3-4", "DIRECT"), collected("500"));
        fx.erp.add(payment(1, 10, "500"));

        FlowReport report = fx.payments().run(CREDITOR, false);

        assertThat(fx.kravia.payments).isEmpty();
        assertThat(report.parkedCount()).isEqualTo(1);
        assertThat(fx.store.all()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("allocation:1:1");
            assertThat(p.kind()).isEqualTo(ParkedKind.PAYMENT);
            assertThat(p.reason()).contains("may be Kravia's payout").contains("direct payment of the same amount");
        });
        assertThat(fx.payouts.notes).isEmpty();
        assertThat(fx.payments().run(CREDITOR, false).sentCount()).isZero();
        assertThat(fx.kravia.payments).isEmpty();
    }

    @Test
    void kraviaPaysEachCollectionOutOnceSoASecondPaymentOfTheSameAmountIsTheCustomers() {
        fx.forwarded(10, "1000");
        kraviaCollected(10, "1000", collected("1000"));
        fx.erp.add(payment(1, 10, "1000"));
        fx.erp.add(payment(2, 10, "1000"));

        fx.payments().run(CREDITOR, false);

        assertThat(fx.payouts.notes).extracting(InvoiceNote::text).satisfiesExactlyInAnyOrder(
                payout -> assertThat(payout).startsWith("PBNK/1 ").contains("paid out by Kravia"),
                registered -> assertThat(registered).startsWith("Registered in Kravia: direct payment PBNK/2 "));
        assertThat(fx.store.allocations.values()).extracting(a -> a.allocationId() + " " + a.outcome())
                .containsExactlyInAnyOrder("1 KRAVIA_PAYOUT", "2 PAYMENT");
    }

    @Test
    void aPayoutRecognisedInAnEarlierRunCountsToo() {
        fx.forwarded(10, "1000");
        kraviaCollected(10, "1000", collected("1000"));
        fx.erp.add(payment(1, 10, "1000"));
        fx.payments().run(CREDITOR, false);
        fx.erp.add(payment(2, 10, "1000"));

        fx.payments().run(CREDITOR, false);

        assertThat(fx.store.allocations.values()).extracting(a -> a.allocationId() + " " + a.outcome())
                .containsExactlyInAnyOrder("1 KRAVIA_PAYOUT", "2 PAYMENT");
    }

    @Test
    void aDryRunNotesNothingAndRecordsNothing() {
        fx.forwarded(10, "1000");
        kraviaCollected(10, "1000", collected("1000"));
        fx.erp.add(payment(1, 10, "1000"));

        FlowReport report = fx.payments().run(CREDITOR, true);

        assertThat(report.lines()).anyMatch(l -> l.contains("recognised Kravia payout"));
        assertThat(fx.payouts.notes).isEmpty();
        assertThat(fx.store.allocations).isEmpty();
    }
}
