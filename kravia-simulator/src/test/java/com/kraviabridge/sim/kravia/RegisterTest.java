package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RegisterTest extends SimulatorTest {

    @Test
    void registerAnswersTheInvoiceObjectAndDetailsShowTheCase() {
        Http.Reply reply = http.post("/api/v2/invoice/register", TOKEN, Bodies.caseFor(CREDITOR, "7781", "12500.00"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode created = reply.json();
        assertThat(created.get("id").isIntegralNumber()).isTrue();
        assertThat(created.get("invoiceNo").asText()).isEqualTo("7781");
        assertThat(created.get("accountingInvoiceId").asText()).isEqualTo("ERP-7781");
        assertThat(created.get("claimType").asText()).isEqualTo("CollectionCase");
        assertThat(created.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(created.get("creditorId").asLong()).isEqualTo(CREDITOR);
        assertThat(created.get("originalAmount").isNumber()).isTrue();
        assertThat(created.get("originalAmount").decimalValue()).isEqualByComparingTo("12500");
        assertThat(created.get("remainingCapital").decimalValue()).isEqualByComparingTo("12500");
        assertThat(created.get("currencyCode").asText()).isEqualTo("NOK");
        assertThat(reply.body()).as("amounts are exact JSON numbers").contains("\"originalAmount\":12500.00");
        assertThat(created.get("lastUpdatedTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}");

        JsonNode details = http.get("/api/v2/invoice/" + created.get("id").asLong() + "/details", TOKEN).json();
        assertThat(details.get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(details.get("fees").decimalValue()).isEqualByComparingTo("0");
        assertThat(details.get("interest").decimalValue()).isEqualByComparingTo("0");
        assertThat(details.get("closeReason").isNull()).isTrue();
        assertThat(details.get("timeline")).hasSize(1);
        assertThat(details.get("timeline").get(0).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(details.get("timeline").get(0).get("date").asText()).isEqualTo("2025-05-01");
        assertThat(details.get("payments")).isEmpty();
        assertThat(details.get("availableActions").get("pause").asBoolean()).isTrue();
        assertThat(details.get("availableActions").get("withdraw").asBoolean()).isTrue();
    }

    @Test
    void missingFieldsAre400NamingEachField() {
        Http.Reply reply = http.post("/api/v2/invoice/register", TOKEN, """
                {"claimType": "CollectionCase", "creditorId": 501, "isPrivateIndividual": true,
                 "postalAddress": {"addressAddressLine1": "Bryggen 3"}, "originalAmount": 0}""");

        assertThat(reply.status()).isEqualTo(400);
        JsonNode errors = reply.json().get("errors");
        assertThat(reply.json().get("message").asText()).isNotBlank();
        assertThat(errors.fieldNames()).toIterable().contains("debtorName", "invoiceNo", "invoiceDate", "dueDate",
                "currencyCode", "originalAmount", "postalAddress.addressPostalCode", "postalAddress.addressCity",
                "postalAddress.addressCountryCode");
        assertThat(errors.get("debtorName").get(0).asText()).contains("required");
        assertThat(sim.invoices(CREDITOR)).isEmpty();
    }

    @Test
    void businessDebtorWithoutOrganisationNumberIs400() {
        String body = Bodies.caseFor(CREDITOR, "1", "100").replace("\"organizationNumber\": \"912345678\"",
                "\"organizationNumber\": null");
        Http.Reply reply = http.post("/api/v2/invoice/register", TOKEN, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").has("organizationNumber")).isTrue();
    }

    @Test
    void privateDebtorNeedsNoOrganisationNumberAndBooleanMayBeAString() {
        String body = Bodies.caseFor(CREDITOR, "1", "100")
                .replace("\"organizationNumber\": \"912345678\"", "\"organizationNumber\": null")
                .replace("\"isPrivateIndividual\": false", "\"isPrivateIndividual\": \"true\"");
        assertThat(http.post("/api/v2/invoice/register", TOKEN, body).status()).isEqualTo(200);
    }

    @Test
    void propertyNamesBindInAnyCasing() {
        String pascal = Bodies.caseFor(CREDITOR, "1", "100").replace("\"creditorId\"", "\"CreditorId\"")
                .replace("\"debtorName\"", "\"DebtorName\"").replace("\"addressCity\"", "\"AddressCity\"")
                .replace("\"originalAmount\"", "\"ORIGINALAMOUNT\"");
        Http.Reply reply = http.post("/api/v2/invoice/register", TOKEN, pascal);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void badValuesAre400() {
        String body = Bodies.caseFor(CREDITOR, "1", "100.001").replace("\"2025-03-15\"", "\"15.03.2025\"")
                .replace("\"NOK\"", "\"kroner\"").replace("\"CollectionCase\"", "\"Reminder\"");
        JsonNode errors = http.post("/api/v2/invoice/register", TOKEN, body).json().get("errors");
        assertThat(errors.fieldNames()).toIterable()
                .contains("originalAmount", "dueDate", "currencyCode", "claimType");
    }

    @Test
    void dueDateBeforeInvoiceDateIs400() {
        String body = Bodies.register(CREDITOR, "1", "100", "2025-03-15", "2025-03-01", "C-1");
        assertThat(http.post("/api/v2/invoice/register", TOKEN, body).json().get("errors").has("dueDate")).isTrue();
    }

    @Test
    void bodyMustBeJson() {
        assertThat(http.post("/api/v2/invoice/register", TOKEN, "{not json").status()).isEqualTo(400);
        assertThat(http.postWithoutContentType("/api/v2/invoice/register", TOKEN,
                Bodies.caseFor(CREDITOR, "1", "100")).status()).isEqualTo(415);
    }

    @Test
    void theSameDebtorNumberReusesOneDebtorCard() {
        long first = registerFor("1", "C-shared");
        long second = registerFor("2", "C-shared");
        long other = registerFor("3", "C-other");

        assertThat(sim.invoice(first).debtorId()).isEqualTo(sim.invoice(second).debtorId());
        assertThat(sim.invoice(other).debtorId()).isNotEqualTo(sim.invoice(first).debtorId());
        assertThat(sim.debtors(CREDITOR)).extracting(DebtorSnapshot::debtorNumber)
                .containsExactlyInAnyOrder("C-shared", "C-other");
    }

    private long registerFor(String invoiceNo, String debtorNumber) {
        return http.post("/api/v2/invoice/register", TOKEN,
                Bodies.register(CREDITOR, invoiceNo, "100", "2025-03-01", "2025-03-15", debtorNumber))
                .json().get("id").asLong();
    }

    @Test
    void invoicingDocumentsAreAcceptedWithoutEnteringCollection() {
        String body = Bodies.caseFor(CREDITOR, "9", "2500").replace("CollectionCase", "Invoice");
        Http.Reply reply = http.post("/api/v2/invoice/register", TOKEN, body);
        assertThat(reply.json().get("claimType").asText()).isEqualTo("Invoice");
        assertThat(reply.json().get("status").asText()).isEqualTo("INVOICE_SENT");
        sim.clock().advanceDays(30);
        assertThat(sim.invoice(reply.json().get("id").asLong()).status()).isEqualTo(CaseStatus.INVOICE_SENT);
    }

    @Test
    void versionTwoPointZeroPathsAreEquivalent() {
        long id = register("1", "100");
        assertThat(http.get("/api/v2.0/invoice/" + id + "/details", TOKEN).status()).isEqualTo(200);
    }

    @Test
    void requestsAreRecordedForInspection() {
        register("1", "100");
        http.get("/api/v2/invoice/search?lastUpdatedTime=2025-01-01T00:00:00.0000000&orderBy=11", TOKEN);

        assertThat(sim.requests()).hasSize(2);
        RecordedRequest search = sim.requests("GET", "invoice/search").get(0);
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.queryParam("OrderBy")).isEqualTo("11");
        assertThat(sim.requests("POST", "/api/v2/invoice/register").get(0).body()).contains("\"invoiceNo\": \"1\"");
        sim.clearRequests();
        assertThat(sim.requests()).isEmpty();
    }
}
