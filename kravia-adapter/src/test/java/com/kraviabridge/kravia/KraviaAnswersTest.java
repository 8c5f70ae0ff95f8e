package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.domain.Settlement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KraviaAnswersTest {

    @Test
    void theRegisteredCaseIsReadFromTheCreatedInvoice() {
        RegisteredCase registered = KraviaAnswers.registeredCase(json("{\"id\":880001,\"invoiceNo\":\"7781\","
                + "\"accountingInvoiceId\":\"ERP-INV-7781\",\"claimType\":\"CollectionCase\",\"status\":\"REGISTERED\","
                + "\"creditorId\":501,\"originalAmount\":12500.0,\"remainingCapital\":12500.0,\"currencyCode\":\"NOK\","
                + "\"lastUpdatedTime\":\"2025-04-01T10:00:00.1234567\"}"), "ERP-INV-7781");

        assertThat(registered).isEqualTo(new RegisteredCase(880001, "ERP-INV-7781", CaseStatus.REGISTERED,
                Money.of("12500", "NOK"), LocalDateTime.of(2025, 4, 1, 10, 0, 0, 123_456_700)));
    }

    @Test
    void theIdFallsBackToInvoiceIdAndNamesMayComeInAnyCase() {
        RegisteredCase registered = KraviaAnswers.registeredCase(json("{\"InvoiceId\":\"77\",\"Status\":\"Whatever New\","
                + "\"RemainingCapital\":\"10.5\",\"CurrencyCode\":\"sek\",\"Unknown\":{\"x\":1}}"), "R");

        assertThat(registered.kraviaInvoiceId()).isEqualTo(77);
        assertThat(registered.status()).isEqualTo(new CaseStatus("Whatever New"));
        assertThat(registered.remainingCapital()).isEqualTo(Money.of("10.50", "SEK"));
        assertThat(registered.accountingInvoiceId()).isEqualTo("R");
        assertThat(registered.lastUpdated()).isNull();
    }

    @Test
    void anAnswerWithoutIdIsUnreadable() {
        assertThatThrownBy(() -> KraviaAnswers.registeredCase(json("{\"status\":\"REGISTERED\"}"), "R"))
                .isInstanceOf(KraviaAnswers.Unreadable.class);
    }

    @Test
    void aSearchPageIsReadFromDataOrBare() {
        String item = "{\"id\":1,\"creditorId\":501,\"lastUpdatedTime\":\"2025-04-01T10:00:00.0000000\"}";
        assertThat(KraviaAnswers.listItems(json("{\"data\":[" + item + "],\"totalCount\":1}"))).hasSize(1);
        assertThat(KraviaAnswers.listItems(json("{\"Data\":[" + item + "]}"))).hasSize(1);
        assertThat(KraviaAnswers.listItems(json("[" + item + "," + item + "]"))).hasSize(2);
        CaseSnapshot snapshot = KraviaAnswers.snapshot(json(item), 999);
        assertThat(snapshot.creditorId()).isEqualTo(501);
        assertThat(snapshot.status()).isEqualTo(new CaseStatus("UNKNOWN"));
    }

    @Test
    void detailsCarryFeesTimelineAndPayments() {
        CaseDetails details = KraviaAnswers.details(json("{\"id\":880001,\"creditorId\":501,\"accountingInvoiceId\":\"A\","
                + "\"invoiceNo\":\"7781\",\"status\":\"CLOSED\",\"originalAmount\":400.0,\"remainingCapital\":0,"
                + "\"currencyCode\":\"NOK\",\"lastUpdatedTime\":\"2025-04-10T08:00:00.0000000\",\"fees\":0,\"interest\":0,\"closeReason\":\"CREDITED\","
                + "\"timeline\":[{\"date\":\"2025-04-01\",\"status\":\"REGISTERED\",\"description\":\"Case opened\"}],"
                + "\"payments\":[{\"date\":\"2025-04-10T00:00:00\",\"amount\":-400.0,\"accountingPaymentId\":\"CN-1\","
                + "\"kind\":\"CREDIT\"}],\"availableActions\":{\"pause\":false,\"withdraw\":false}}"), 501);

        assertThat(details.snapshot().status().isClosed()).isTrue();
        assertThat(details.closeReason()).isEqualTo("CREDITED");
        assertThat(details.fees()).isEqualTo(Money.zero("NOK"));
        assertThat(details.originalAmount()).isEqualTo(Money.of("400", "NOK"));
        assertThat(details.timeline()).containsExactly(
                new CaseDetails.TimelineEntry(LocalDate.of(2025, 4, 1), "REGISTERED", "Case opened"));
        assertThat(details.payments()).containsExactly(
                new CaseDetails.RecordedPayment(LocalDate.of(2025, 4, 10), Money.of("-400", "NOK"), "CN-1", "CREDIT"));
        assertThat(details.holdsPayment("CN-1")).isTrue();
    }

    @Test
    void settlementsAreTheReferencesShape() {
        List<Settlement> settlements = KraviaAnswers.settlements(json("[{\"id\":9001,\"creditorId\":501,"
                + "\"date\":\"2025-05-02\",\"amount\":12375.00,\"currencyCode\":\"NOK\",\"closed\":false,"
                + "\"internalAccountingId\":null,\"lines\":[{\"invoiceId\":880001,\"invoiceNo\":\"7781\","
                + "\"accountingInvoiceId\":\"ERP-INV-7781\",\"component\":\"capital\",\"amount\":12500.00,"
                + "\"ledgerAccount\":1500,\"vatCode\":0,\"bookingDate\":\"2025-05-02\",\"description\":\"Collected principal\"},"
                + "{\"invoiceId\":880001,\"invoiceNo\":\"7781\",\"accountingInvoiceId\":\"ERP-INV-7781\",\"component\":\"vat\","
                + "\"amount\":-125.00,\"ledgerAccount\":2710,\"vatCode\":1,\"bookingDate\":\"2025-05-02\","
                + "\"description\":\"VAT on collection costs (deductible)\"}]}]"), 501);

        assertThat(settlements).hasSize(1);
        Settlement settlement = settlements.get(0);
        assertThat(settlement.id()).isEqualTo("9001");
        assertThat(settlement.amount()).isEqualTo(Money.of("12375", "NOK"));
        assertThat(settlement.sumOfLines()).isEqualTo(settlement.amount());
        assertThat(settlement.lines().get(0).isCapital()).isTrue();
        assertThat(settlement.lines().get(0).ledgerAccount()).isEqualTo("1500");
        assertThat(settlement.lines().get(1).vatCode()).isEqualTo("1");
        assertThat(settlement.lines().get(1).kraviaInvoiceId()).isEqualTo(880001L);
    }

    @Test
    void errorBodiesAreJsonOrPlainText() {
        KraviaAnswers.ErrorBody json = KraviaAnswers.errorBody("{\"message\":\"Validation failed\","
                + "\"errors\":{\"organizationNumber\":[\"required for B2B\"],\"dueDate\":\"bad date\"}}");
        assertThat(json.message()).isEqualTo("Validation failed");
        assertThat(json.fieldErrors()).containsEntry("organizationNumber", List.of("required for B2B"))
                .containsEntry("dueDate", List.of("bad date"));

        assertThat(KraviaAnswers.errorBody("Bad things happened").message()).isEqualTo("Bad things happened");
        assertThat(KraviaAnswers.errorBody("").message()).isNull();
        assertThat(KraviaAnswers.errorBody("{\"title\":\"One or more validation errors occurred.\"}").message())
                .isEqualTo("One or more validation errors occurred.");
    }

    private static JsonNode json(String text) {
        try {
            return LenientJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
