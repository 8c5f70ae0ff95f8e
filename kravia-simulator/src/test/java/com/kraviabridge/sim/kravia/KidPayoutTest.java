package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A creditor paid out by KID: each invoice's collected capital on its own KID, and no settlement. */
class KidPayoutTest extends SimulatorTest {

    private static final String CREDITOR_ACCOUNT = "12345678903";

    @Test
    void collectedCapitalIsPaidOutOnTheInvoicesKidWithoutASettlement() {
        sim.payOutByKid(CREDITOR, CREDITOR_ACCOUNT);
        long id = register("7781", "1000.00");
        sim.assignKid(id, "0000077815");
        sim.clock().advanceDays(14);
        CollectedPayment paid = sim.debtorPaysInFull(id);
        assertThat(paid.toFees()).isPositive();

        sim.clock().advanceDays(1);

        List<KidPayout> payouts = sim.kidPayouts(CREDITOR);
        assertThat(payouts).hasSize(1);
        KidPayout payout = payouts.get(0);
        assertThat(payout.invoiceId()).isEqualTo(id);
        assertThat(payout.invoiceNo()).isEqualTo("7781");
        assertThat(payout.accountingInvoiceId()).isEqualTo("ERP-7781");
        assertThat(payout.kid()).isEqualTo("0000077815");
        assertThat(payout.amount()).isEqualByComparingTo("1000.00");
        assertThat(payout.currencyCode()).isEqualTo("NOK");
        assertThat(payout.date()).isEqualTo(LocalDate.of(2025, 5, 16));
        assertThat(payout.toAccount()).isEqualTo(CREDITOR_ACCOUNT);
        assertThat(payout.fromAccount()).isEqualTo(sim.clientFundsAccount());

        assertThat(sim.settlements(CREDITOR)).isEmpty();
        assertThat(sim.settleNow(CREDITOR)).isEmpty();
        JsonNode listed = http.get("/api/v2/settlements", TOKEN).json();
        assertThat(listed.isArray()).isTrue();
        assertThat(listed.size()).isZero();
        // what Kravia collected still shows on the case
        assertThat(sim.invoice(id).payments()).extracting(PaymentEntry::kind).containsExactly(PaymentKind.COLLECTED);
    }

    @Test
    void eachInvoiceIsPaidOutApartAndOnlyOnce() {
        sim.payOutByKid(CREDITOR, CREDITOR_ACCOUNT);
        long first = register("1", "500.00");
        long second = register("2", "300.00");
        sim.assignKid(first, "0000000017");
        sim.assignKid(second, "0000000025");
        sim.debtorPays(first, new BigDecimal("200.00"));
        sim.debtorPays(first, new BigDecimal("100.00"));
        sim.debtorPays(second, new BigDecimal("300.00"));
        sim.settleNow(CREDITOR);
        sim.settleNow(CREDITOR);

        assertThat(sim.kidPayouts(CREDITOR)).extracting(KidPayout::kid, KidPayout::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0000000017", new BigDecimal("300.00")),
                org.assertj.core.groups.Tuple.tuple("0000000025", new BigDecimal("300.00")));
        assertThat(sim.kidPayouts(OTHER_CREDITOR)).isEmpty();
    }

    @Test
    void aKidCreditorsCaseWithoutKidCannotBePaid() {
        sim.payOutByKid(CREDITOR, CREDITOR_ACCOUNT);
        long id = register("1", "500.00");
        assertThatThrownBy(() -> sim.debtorPays(id, new BigDecimal("10")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no KID");
        assertThatThrownBy(() -> sim.assignKid(id, "12AB")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void switchingToKidWithMoneyWaitingForASettlementIsRefused() {
        long id = register("1", "500.00");
        sim.debtorPays(id, new BigDecimal("100"));
        assertThatThrownBy(() -> sim.payOutByKid(CREDITOR, CREDITOR_ACCOUNT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("settle it");
        sim.settleNow(CREDITOR);
        sim.payOutByKid(CREDITOR, CREDITOR_ACCOUNT);
        assertThat(sim.settlements(CREDITOR)).hasSize(1);
    }
}
