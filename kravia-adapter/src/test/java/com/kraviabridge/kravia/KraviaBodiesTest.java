package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KraviaBodiesTest {

    @Test
    void aCollectionCaseIsTheGuidesRegisterBody() throws Exception {
        NewCase newCase = new NewCase(501, "ERP-INV-7781", "7781", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15),
                Money.of("12500", "NOK"), Cases.fjordbakeri(), "Overdue invoice 7781");

        String json = LenientJson.MAPPER.writeValueAsString(KraviaBodies.register(newCase));

        // the example of Kravia's guide for E1, byte for byte apart from the amount's two decimals
        assertThat(json).isEqualTo("{\"claimType\":\"CollectionCase\",\"creditorId\":501,"
                + "\"accountingInvoiceId\":\"ERP-INV-7781\",\"debtorName\":\"Fjordbakeri AS\",\"debtorNumber\":\"C-0042\","
                + "\"email\":\"post@fjordbakeri.example\",\"ssn\":null,\"organizationNumber\":\"912345678\","
                + "\"isPrivateIndividual\":false,\"postalAddress\":{\"addressAddressLine1\":\"Bryggen 3\","
                + "\"addressPostalCode\":\"5003\",\"addressCity\":\"Bergen\",\"addressCountryCode\":\"NO\"},"
                + "\"invoiceNo\":\"7781\",\"invoiceDate\":\"2025-03-01\",\"dueDate\":\"2025-03-15\","
                + "\"originalAmount\":12500.00,\"currencyCode\":\"NOK\",\"description\":\"Overdue invoice 7781\"}");
    }

    @Test
    void aPrivateDebtorIsARealBooleanAndHasNoOrganisationNumber() {
        NewCase newCase = new NewCase(501, "R1", "1", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 15),
                Money.of("100", "NOK"), Cases.privatePerson(), null);

        JsonNode body = KraviaBodies.register(newCase);

        assertThat(body.get("isPrivateIndividual").isBoolean()).isTrue();
        assertThat(body.get("isPrivateIndividual").booleanValue()).isTrue();
        assertThat(body.get("organizationNumber").isNull()).isTrue();
    }

    @Test
    void aPaymentIsTheGuidesBodyWithPositiveAmounts() throws Exception {
        DirectPayment payment = new DirectPayment("BANK-2025-0402-17", LocalDate.of(2025, 4, 2), Money.of("1500", "NOK"),
                List.of(new CasePart(880001, Money.of("1000", "NOK")), new CasePart(880002, Money.of("500", "NOK"))),
                "Paid directly to creditor");

        assertThat(LenientJson.MAPPER.writeValueAsString(KraviaBodies.payment(payment))).isEqualTo(
                "{\"date\":\"2025-04-02\",\"description\":\"Paid directly to creditor\","
                        + "\"AccountingPaymentId\":\"BANK-2025-0402-17\",\"amount\":1500.00,"
                        + "\"invoices\":[{\"invoiceId\":880001,\"amount\":1000.00},{\"invoiceId\":880002,\"amount\":500.00}]}");
    }

    @Test
    void aCreditNoteIsPascalCaseAtMidnightWithNegativeAmounts() throws Exception {
        assertThat(LenientJson.MAPPER.writeValueAsString(KraviaBodies.creditNote(Cases.credit("CN-2025-0099", 880001, "400"))))
                .isEqualTo("{\"Date\":\"2025-04-10T00:00:00\",\"Amount\":-400.00,\"AccountingPaymentId\":\"CN-2025-0099\","
                        + "\"Description\":\"Partial credit, damaged goods\","
                        + "\"Invoices\":[{\"InvoiceId\":880001,\"Amount\":-400.00}]}");
    }

    @Test
    void largeAmountsStayPlainDecimals() throws Exception {
        String json = LenientJson.MAPPER.writeValueAsString(KraviaBodies.payment(Cases.payment("P", 1, "123456789012.35")));

        assertThat(json).contains("\"amount\":123456789012.35");
    }

    @Test
    void theWebhookBodyHasTheGuidesThreeFieldsAndLeavesOutWhatIsUnknown() throws Exception {
        assertThat(LenientJson.MAPPER.writeValueAsString(KraviaBodies.webhook("https://bridge.acme.no/webhooks/kravia/501",
                "hook-secret", true)))
                .isEqualTo("{\"url\":\"https://bridge.acme.no/webhooks/kravia/501\",\"secret\":\"hook-secret\",\"enabled\":true}");
        assertThat(LenientJson.MAPPER.writeValueAsString(KraviaBodies.webhook(null, null, false)))
                .isEqualTo("{\"enabled\":false}");
    }
}
