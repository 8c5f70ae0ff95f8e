package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Direct payments and credits (docs/kravia-contract.md §9) over HTTP. */
class MoneyTest extends SimulatorTest {

    private static final String PAY = "/api/v2/invoice/payment";
    private static final String CREDIT = "/api/v2/invoice/creditnote";

    /** A case of 1000 with a collection notice fee and some interest on it. */
    private long caseWithCosts() {
        long id = register("7781", "1000.00");
        sim.clock().advanceDays(14);
        assertThat(sim.invoice(id).fees()).isPositive();
        assertThat(sim.invoice(id).interest()).isPositive();
        return id;
    }

    @Test
    void directPaymentReducesOnlyTheCapital() {
        long id = caseWithCosts();
        InvoiceSnapshot before = sim.invoice(id);

        Http.Reply reply = http.post(PAY, TOKEN, Bodies.payment("BANK-1", "400", id, "400"));

        assertThat(reply.status()).isEqualTo(200);
        InvoiceSnapshot after = sim.invoice(id);
        assertThat(after.remainingCapital()).isEqualByComparingTo("600");
        assertThat(after.fees()).isEqualByComparingTo(before.fees());
        assertThat(after.interest()).isEqualByComparingTo(before.interest());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.payments()).containsExactly(
                new PaymentEntry(java.time.LocalDate.parse("2025-04-02"), new BigDecimal("400.00"), "BANK-1",
                        PaymentKind.DIRECT));
        assertThat(after.lastUpdatedTime()).isAfter(before.lastUpdatedTime());
    }

    @Test
    void overCapitalPartIsIgnoredAndTheCallStillSucceedsAndClosesAsPaid() {
        long id = caseWithCosts();
        http.post(PAY, TOKEN, Bodies.payment("BANK-1", "400", id, "400"));
        InvoiceSnapshot before = sim.invoice(id);

        Http.Reply reply = http.post(PAY, TOKEN, Bodies.payment("BANK-2", "1000", id, "1000"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode part = reply.json().get("invoices").get(0);
        assertThat(part.get("applied").decimalValue()).isEqualByComparingTo("600");
        assertThat(part.get("ignored").decimalValue()).isEqualByComparingTo("400");
        InvoiceSnapshot after = sim.invoice(id);
        assertThat(after.remainingCapital()).isEqualByComparingTo("0");
        assertThat(after.fees()).isEqualByComparingTo(before.fees());
        assertThat(after.interest()).isEqualByComparingTo(before.interest());
        assertThat(after.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(after.closeReason()).isEqualTo(CloseReason.PAID);
    }

    @Test
    void onePaymentSplitOverTwoCasesUpdatesEach() {
        long a = register("1", "1000");
        long b = register("2", "800");
        Http.Reply reply = http.post(PAY, TOKEN, """
                {"date": "2025-04-02", "accountingPaymentId": "BANK-9", "amount": 1500,
                 "invoices": [{"invoiceId": %d, "amount": 1000}, {"invoiceId": %d, "amount": 500}]}"""
                .formatted(a, b));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(sim.invoice(a).closeReason()).isEqualTo(CloseReason.PAID);
        assertThat(sim.invoice(b).remainingCapital()).isEqualByComparingTo("300");
    }

    @Test
    void partialCreditKeepsTheCaseOpenAndLowersCapital() {
        long id = caseWithCosts();
        Http.Reply reply = http.post(CREDIT, TOKEN, Bodies.credit("CN-1", "-400.0", id, "-400.0"));

        assertThat(reply.status()).isEqualTo(200);
        InvoiceSnapshot after = sim.invoice(id);
        assertThat(after.remainingCapital()).isEqualByComparingTo("600");
        assertThat(after.status()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(after.payments().get(0).kind()).isEqualTo(PaymentKind.CREDIT);
        assertThat(after.payments().get(0).amount()).isEqualByComparingTo("-400");
    }

    @Test
    void fullCreditClosesAsCreditedAndWritesOffFeesAndInterest() {
        long id = caseWithCosts();
        Http.Reply reply = http.post(CREDIT, TOKEN, Bodies.credit("CN-1", "-2500.0", id, "-2500.0"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("invoices").get(0).get("applied").decimalValue()).isEqualByComparingTo("-1000");
        InvoiceSnapshot after = sim.invoice(id);
        assertThat(after.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(after.closeReason()).isEqualTo(CloseReason.CREDITED);
        assertThat(after.remainingCapital()).isEqualByComparingTo("0");
        assertThat(after.fees()).isEqualByComparingTo("0");
        assertThat(after.interest()).isEqualByComparingTo("0");

        JsonNode details = http.get("/api/v2/invoice/" + id + "/details", TOKEN).json();
        assertThat(details.get("closeReason").asText()).isEqualTo("CREDITED");
        assertThat(details.get("availableActions").get("withdraw").asBoolean()).isFalse();
        assertThat(details.get("payments").get(0).get("accountingPaymentId").asText()).isEqualTo("CN-1");
        assertThat(details.get("payments").get(0).get("kind").asText()).isEqualTo("CREDIT");
    }

    @Test
    void postingsOnAClosedCaseAreAcceptedAndIgnored() {
        long id = register("1", "100");
        http.post(PAY, TOKEN, Bodies.payment("BANK-1", "100", id, "100"));
        InvoiceSnapshot closed = sim.invoice(id);

        Http.Reply reply = http.post(PAY, TOKEN, Bodies.payment("BANK-2", "50", id, "50"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("invoices").get(0).get("ignored").decimalValue()).isEqualByComparingTo("50");
        assertThat(sim.invoice(id)).isEqualTo(closed);
    }

    @Test
    void signsAreChecked() {
        long id = register("1", "100");
        Http.Reply negativePayment = http.post(PAY, TOKEN, Bodies.payment("P", "-10", id, "-10"));
        assertThat(negativePayment.status()).isEqualTo(400);
        assertThat(negativePayment.json().get("errors").fieldNames()).toIterable()
                .contains("amount", "invoices[0].amount");

        Http.Reply positiveCredit = http.post(CREDIT, TOKEN, Bodies.credit("CN", "10", id, "10"));
        assertThat(positiveCredit.status()).isEqualTo(400);
        assertThat(positiveCredit.json().get("errors").has("invoices[0].amount")).isTrue();
        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("100");
    }

    @Test
    void partsMustAddUpAndNameExistingCases() {
        long id = register("1", "100");
        assertThat(http.post(PAY, TOKEN, Bodies.payment("P", "60", id, "50")).json().get("errors").has("amount"))
                .isTrue();
        assertThat(http.post(PAY, TOKEN, "{\"date\":\"2025-04-02\",\"amount\":10,\"invoices\":[]}")
                .json().get("errors").has("invoices")).isTrue();

        Http.Reply unknown = http.post(PAY, TOKEN, """
                {"date": "2025-04-02", "amount": 20,
                 "invoices": [{"invoiceId": %d, "amount": 10}, {"invoiceId": 999999, "amount": 10}]}"""
                .formatted(id));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(sim.invoice(id).remainingCapital()).as("nothing applied when one part fails")
                .isEqualByComparingTo("100");
    }

    @Test
    void paymentFieldsBindInEitherCasing() {
        long id = register("1", "100");
        Http.Reply reply = http.post(PAY, TOKEN, """
                {"Date": "2025-04-02", "accountingPaymentId": "lower", "Amount": "30",
                 "Invoices": [{"InvoiceId": "%d", "Amount": 30}]}""".formatted(id));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(sim.invoice(id).payments().get(0).accountingPaymentId()).isEqualTo("lower");
    }
}
