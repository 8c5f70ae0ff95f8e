package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Payouts of what debtors paid to Kravia, and their bookkeeping (docs/kravia-contract.md §10). */
class SettlementTest extends SimulatorTest {

    private static final String OPEN_SETTLEMENTS = "/api/v2/settlements?ExcludeClosed=true";

    @Test
    void aFullPaymentToKraviaPaysOutTheCapitalLessVatOnTheFees() {
        long id = register("7781", "1000.00");
        sim.clock().advanceDays(14);
        CollectedPayment paid = sim.debtorPaysInFull(id);

        assertThat(paid.toCapital()).isEqualByComparingTo("1000");
        assertThat(paid.toFees()).isEqualByComparingTo("35");
        assertThat(paid.toInterest()).isEqualByComparingTo("4.76");
        assertThat(sim.invoice(id).closeReason()).isEqualTo(CloseReason.PAID);
        assertThat(sim.invoice(id).payments()).extracting(PaymentEntry::kind).containsExactly(PaymentKind.COLLECTED);

        SettlementSnapshot settlement = sim.settleNow(CREDITOR).get(0);
        assertThat(settlement.amount()).isEqualByComparingTo("991.25");
        assertThat(settlement.lines()).extracting(SettlementLine::component, SettlementLine::ledgerAccount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("capital", 1500),
                        org.assertj.core.groups.Tuple.tuple("vat", 2710));

        JsonNode listed = http.get(OPEN_SETTLEMENTS, TOKEN).json();
        assertThat(listed.isArray()).isTrue();
        JsonNode item = listed.get(0);
        assertThat(item.get("id").asLong()).isEqualTo(settlement.id());
        assertThat(item.get("creditorId").asLong()).isEqualTo(CREDITOR);
        assertThat(item.get("date").asText()).isEqualTo("2025-05-15");
        assertThat(item.get("amount").decimalValue()).isEqualByComparingTo("991.25");
        assertThat(item.get("currencyCode").asText()).isEqualTo("NOK");
        assertThat(item.get("closed").asBoolean()).isFalse();
        assertThat(item.get("internalAccountingId").isNull()).isTrue();
        JsonNode capital = item.get("lines").get(0);
        assertThat(capital.get("invoiceId").asLong()).isEqualTo(id);
        assertThat(capital.get("invoiceNo").asText()).isEqualTo("7781");
        assertThat(capital.get("accountingInvoiceId").asText()).isEqualTo("ERP-7781");
        assertThat(capital.get("amount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(capital.get("bookingDate").asText()).isEqualTo("2025-05-15");
        assertThat(item.get("lines").get(1).get("amount").decimalValue()).isEqualByComparingTo("-8.75");
        assertThat(item.get("lines").get(1).get("vatCode").asInt()).isEqualTo(1);
    }

    @Test
    void provisionIsDeductedForClaimsHandedOverLongAfterDue() {
        Http.Reply late = http.post("/api/v2/invoice/register", TOKEN,
                Bodies.register(CREDITOR, "1", "1000", "2024-12-01", "2025-01-01", "C-1"));
        long id = late.json().get("id").asLong();
        sim.debtorPays(id, new BigDecimal("500"));

        SettlementSnapshot settlement = sim.settleNow(CREDITOR).get(0);
        assertThat(settlement.lines()).extracting(SettlementLine::component, SettlementLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("capital", new BigDecimal("500.00")),
                        org.assertj.core.groups.Tuple.tuple("provision", new BigDecimal("-50.00")),
                        org.assertj.core.groups.Tuple.tuple("vat", new BigDecimal("-12.50")));
        assertThat(settlement.amount()).isEqualByComparingTo("437.50");
        assertThat(settlement.amount()).isEqualByComparingTo(
                settlement.lines().stream().map(SettlementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void oneSettlementBatchesEverythingCollectedSinceTheLast() {
        long a = register("1", "1000");
        long b = register("2", "2000");
        sim.debtorPays(a, new BigDecimal("300"));
        sim.debtorPays(b, new BigDecimal("700"));
        sim.debtorPays(a, new BigDecimal("200"));

        List<SettlementSnapshot> made = sim.settleNow(CREDITOR);
        assertThat(made).hasSize(1);
        assertThat(made.get(0).lines()).extracting(SettlementLine::invoiceId, SettlementLine::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, new BigDecimal("500.00")),
                        org.assertj.core.groups.Tuple.tuple(b, new BigDecimal("700.00")));
        assertThat(sim.settleNow(CREDITOR)).as("nothing left to pay out").isEmpty();
    }

    @Test
    void eachSimulatedMidnightPaysOutTheDayBefore() {
        long id = register("1", "1000");
        sim.debtorPays(id, new BigDecimal("100"));
        assertThat(sim.settlements(CREDITOR)).isEmpty();
        sim.clock().advanceDays(1);
        assertThat(sim.settlements(CREDITOR)).singleElement()
                .satisfies(s -> assertThat(s.date()).isEqualTo(LocalDate.parse("2025-05-02")));
    }

    @Test
    void paymentsThatOnlyCoverKraviasCostsAreCarriedToTheNextPayout() {
        long id = register("1", "1000");
        sim.clock().advanceDays(14);
        sim.debtorPays(id, new BigDecimal("20"));
        assertThat(sim.settleNow(CREDITOR)).isEmpty();

        sim.debtorPaysInFull(id);
        SettlementSnapshot settlement = sim.settleNow(CREDITOR).get(0);
        assertThat(settlement.lines()).filteredOn(l -> l.component().equals("vat")).singleElement()
                .satisfies(vat -> assertThat(vat.amount()).isEqualByComparingTo("-8.75"));
    }

    @Test
    void noVatIsDeductedForACreditorOutsideTheVatRegister() {
        sim.addCreditor(503, "token-503", false);
        long id = http.post("/api/v2/invoice/register", "token-503", Bodies.caseFor(503, "1", "1000"))
                .json().get("id").asLong();
        sim.clock().advanceDays(14);
        sim.debtorPaysInFull(id);
        assertThat(sim.settleNow(503).get(0).lines()).extracting(SettlementLine::component).containsExactly("capital");
    }

    @Test
    void bookkeepingClosesASettlementAndRepeatingItIsHarmless() {
        long id = register("1", "1000");
        sim.debtorPays(id, new BigDecimal("400"));
        long settlementId = sim.settleNow(CREDITOR).get(0).id();
        String bookkeep = "/api/v2/settlements/" + settlementId + "/bookkeep?internalAccountingId=";

        Http.Reply first = http.patch(bookkeep + "JE-77", TOKEN);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("closed").asBoolean()).isTrue();
        assertThat(first.json().get("internalAccountingId").asText()).isEqualTo("JE-77");
        assertThat(http.get(OPEN_SETTLEMENTS, TOKEN).json()).isEmpty();
        assertThat(http.get("/api/v2/settlements", TOKEN).json()).hasSize(1);

        assertThat(http.patch(bookkeep + "JE-77", TOKEN).status()).isEqualTo(200);
        assertThat(http.patch(bookkeep + "JE-78", TOKEN).status()).isEqualTo(409);
        assertThat(sim.settlements(CREDITOR).get(0).internalAccountingId()).isEqualTo("JE-77");
    }

    @Test
    void bookkeepingIsRefusedWhenItCannotApply() {
        long id = register("1", "1000");
        sim.debtorPays(id, new BigDecimal("400"));
        long settlementId = sim.settleNow(CREDITOR).get(0).id();

        assertThat(http.patch("/api/v2/settlements/" + settlementId + "/bookkeep", TOKEN).status()).isEqualTo(400);
        assertThat(http.patch("/api/v2/settlements/1/bookkeep?internalAccountingId=X", TOKEN).status())
                .isEqualTo(404);
        assertThat(http.patch("/api/v2/settlements/" + settlementId + "/bookkeep?internalAccountingId=X",
                OTHER_TOKEN).status()).isEqualTo(403);
        assertThat(http.get(OPEN_SETTLEMENTS, OTHER_TOKEN).json()).isEmpty();
        assertThat(sim.settlements(CREDITOR).get(0).closed()).isFalse();
    }

    @Test
    void directPaymentsToTheCreditorNeverAppearInSettlements() {
        long id = register("1", "1000");
        http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("BANK-1", "1000", id, "1000"));
        assertThat(sim.settleNow(CREDITOR)).isEmpty();
    }
}
