package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PaymentState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettledBeforeForwardingTest {

    /** An invoice of 1250.00 NOK with {@code residual} still open. */
    private static Invoice withResidual(String residual) {
        return Invoices.invoice(Invoices.TODAY.minusDays(30), Money.of(residual, "NOK"), PaymentState.PARTIAL,
                Invoices.business());
    }

    private static Allocation applied(long id, Money amount) {
        return new Allocation(id, 1, 4711, AllocationKind.CUSTOMER_PAYMENT, amount, LocalDate.of(2026, 11, 1),
                100 + id, "PBNK/" + id, 50L + id, "BNK", 7, null, 0);
    }

    private static Allocation applied(long id, String nok) {
        return applied(id, Money.of(nok, "NOK"));
    }

    @Test
    void anInvoiceWithLessOpenThanItsTotalIsPartlySettled() {
        assertThat(SettledBeforeForwarding.isPartlySettled(withResidual("1000.00"))).isTrue();
        assertThat(SettledBeforeForwarding.isPartlySettled(withResidual("1250.00"))).isFalse();
    }

    @Test
    void anInvoiceWithoutATotalIsNeverPartlySettledNorExplained() {
        Invoice noTotal = new Invoice(4711, "INV/2026/00042", 1, Invoices.TODAY.minusDays(44), Invoices.TODAY.minusDays(30),
                null, Money.of("1000", "NOK"), PaymentState.PARTIAL, Invoices.business());

        assertThat(SettledBeforeForwarding.isPartlySettled(noTotal)).isFalse();
        assertThat(SettledBeforeForwarding.among(noTotal, List.of(applied(1, "250")))).isEmpty();
    }

    @Test
    void theAllocationsThatExplainTheDifferenceExactlyWereBefore() {
        List<Allocation> before = SettledBeforeForwarding.among(withResidual("1000.00"),
                List.of(applied(2, "150"), applied(1, "100")));

        assertThat(before).extracting(Allocation::id).containsExactly(1L, 2L);
    }

    @Test
    void anAllocationBeyondTheDifferenceCameAfterTheResidualWasReadAndSoDoAllLaterOnes() {
        List<Allocation> before = SettledBeforeForwarding.among(withResidual("1000.00"),
                List.of(applied(1, "100"), applied(2, "300"), applied(3, "50")));

        assertThat(before).extracting(Allocation::id).containsExactly(1L);
    }

    @Test
    void countingStopsAtAnAllocationInAnotherCurrency() {
        List<Allocation> before = SettledBeforeForwarding.among(withResidual("1000.00"),
                List.of(applied(1, "100"), applied(2, Money.of("50", "SEK")), applied(3, "150")));

        assertThat(before).extracting(Allocation::id).containsExactly(1L);
    }

    @Test
    void anUntouchedInvoiceHasNoneBefore() {
        assertThat(SettledBeforeForwarding.among(withResidual("1250.00"), List.of(applied(1, "100")))).isEmpty();
        assertThat(SettledBeforeForwarding.among(withResidual("1000.00"), List.of())).isEmpty();
    }
}
