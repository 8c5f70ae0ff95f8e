package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The edge cases with defined behaviour, each through the real stacks. */
@Tag("slow")
class EdgeCasesTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private Landscape world;
    private PartnerRef bakery;

    @BeforeEach
    void setUp() {
        world = new Landscape(OdooVersion.V17, "jsonrpc");
        world.odoo.setToday(today);
        bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                .address("Bryggen 3", "5003", "Bergen", "NO").save();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void aPaymentUndoneInOdooAfterItWasForwardedIsParkedAndReported() {
        InvoiceRef invoice = overdue("6000.00", "NOK");
        world.cli("sync");
        PaymentRef payment = world.seed().registerPayment(invoice.id(), new BigDecimal("1000.00"), today, "BNK", "x");
        assertThat(world.cli("sync", "--flow", "payments").exitCode()).isZero();
        assertThat(caseOf(invoice).remainingCapital()).isEqualByComparingTo("5000.00");

        world.seed().unreconcile(payment.partialIds().get(0));
        Landscape.Cli sync = world.cli("sync", "--flow", "payments");

        assertThat(sync.exitCode()).isEqualTo(1);
        assertThat(sync.out()).contains("undone in Odoo");
        var parked = world.cli("status", "--parked");
        assertThat(parked.out()).contains("undone in Odoo").contains("Kravia has no reversal");
        assertThat(parked.exitCode()).isEqualTo(1);
        assertThat(world.kravia.requests("POST", "invoice/payment")).hasSize(1);

        // corrected by hand in Kravia's portal: the administrator takes it off the list, and it stays off
        String key = parked.out().replaceAll("(?s).*key (undone:\\S+).*", "$1");
        assertThat(world.cli("dismiss", "undone:no-such-key").exitCode()).isEqualTo(1);
        var dismissed = world.cli("dismiss", key);
        assertThat(dismissed.exitCode()).isEqualTo(0);
        assertThat(dismissed.out()).contains("Dismissed " + key);
        world.cli("sync");
        var after = world.cli("status", "--parked");
        assertThat(after.out()).contains("Nothing is parked");
        assertThat(after.exitCode()).isEqualTo(0);
    }

    @Test
    void anInvoiceKraviaRefusedIsSentAgainUnchangedWhenTheAdministratorAsks() {
        InvoiceRef invoice = overdue("2500.00", "NOK");
        world.kravia.faults().forPath("invoice/register").refuseNext(1, "The creditor is not activated for B2B claims.");
        Landscape.Cli refused = world.cli("sync", "--flow", "invoices");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(world.cli("sync", "--flow", "invoices").out()).as("a refusal is not repeated by itself")
                .doesNotContain("forwarded");
        assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);
        String key = "invoice:" + world.company.id() + ":" + invoice.id();
        assertThat(world.cli("status", "--parked").out()).contains("key " + key);

        // the cause was on Kravia's side and is gone now: the administrator asks for it to be sent as it is
        Landscape.Cli nothing = world.cli("retry", "invoice:" + world.company.id() + ":999999");
        assertThat(nothing.exitCode()).isEqualTo(1);
        Landscape.Cli retry = world.cli("retry", key);
        assertThat(retry.exitCode()).isZero();
        assertThat(retry.out()).contains("Queued " + key);
        assertThat(world.cli("sync", "--flow", "invoices").exitCode()).isZero();

        assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(2);
        assertThat(caseOf(invoice)).isNotNull();
        assertThat(world.cli("status", "--parked").out()).contains("Nothing is parked");
    }

    @Test
    void aPaymentAboveTheRemainingCapitalIsForwardedForTheCapitalOnlyAndTheRestReported() {
        InvoiceRef invoice = overdue("6000.00", "NOK");
        world.cli("sync");
        long caseId = caseOf(invoice).id();
        // Kravia collected part of the capital already; the bridge learns the new capital from the status flow.
        world.kravia.debtorPays(caseId, new BigDecimal("4000.00"));
        world.cli("sync", "--flow", "status");
        BigDecimal capital = world.kravia.invoice(caseId).remainingCapital();
        assertThat(capital).isLessThan(new BigDecimal("6000.00"));

        world.seed().registerPayment(invoice.id(), new BigDecimal("6000.00"), today, "BNK", "paid all to the creditor");
        Landscape.Cli sync = world.cli("sync", "--flow", "payments");

        List<RecordedRequest> payments = world.kravia.requests("POST", "invoice/payment");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).body()).contains("\"amount\":" + capital.stripTrailingZeros().toPlainString());
        assertThat(sync.exitCode()).isEqualTo(1);
        assertThat(world.cli("status", "--parked").out()).contains("more than the capital Kravia still collects");
        assertThat(world.kravia.invoice(caseId).remainingCapital()).isZero();
    }

    @Test
    void anInvoiceWhoseNumberOrCustomerReferenceTheBridgeCannotRecordIsParkedNamingTheFieldAndTheOthersGoOn() {
        PartnerRef longRef = world.seed().partner("Lang Referanse AS").company().orgNumber("923456789")
                .address("Strandkaien 1", "5013", "Bergen", "NO").ref("R".repeat(300)).save();
        InvoiceRef byLongRef = world.seed().invoice(longRef).invoiceDate(today.minusDays(45))
                .dueDate(today.minusDays(30)).amount("700").save();
        String longName = "INV/2026/" + "9".repeat(132);
        InvoiceRef longNamed = world.seed().invoice(bakery).number(longName).invoiceDate(today.minusDays(45))
                .dueDate(today.minusDays(30)).amount("800").save();
        InvoiceRef before = overdue("6000.00", "NOK");
        InvoiceRef after = overdue("900.00", "NOK");
        assertThat(longName).hasSize(141);

        Landscape.Cli sync = world.cli("sync");

        assertThat(sync.out()).contains("customer reference (sent as the debtor number) is 300 characters, the bridge"
                + " records at most 100").contains("invoice number is 141 characters, the bridge records at most 100")
                .contains("invoices    company 1    2 sent");
        List<String> registered = world.kravia.invoices(Landscape.CREDITOR).stream()
                .map(InvoiceSnapshot::accountingInvoiceId).toList();
        assertThat(registered).containsExactlyInAnyOrder(Integer.toString(before.id()), Integer.toString(after.id()));
        assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(2);
        Landscape.Cli parked = world.cli("status", "--parked");
        assertThat(parked.out()).contains("key invoice:" + world.company.id() + ":" + byLongRef.id())
                .contains("key invoice:" + world.company.id() + ":" + longNamed.id())
                .contains("customer reference (sent as the debtor number) is 300 characters")
                .contains("invoice number is 141 characters");

        // the flows after the invoices still run, in this sync and the next
        world.seed().registerPayment(before.id(), new BigDecimal("1000.00"), today, "BNK", "part");
        Landscape.Cli next = world.cli("sync");
        assertThat(world.kravia.requests("POST", "invoice/payment")).as(next.out()).hasSize(1);
        assertThat(caseOf(before).remainingCapital()).isEqualByComparingTo("5000.00");
        assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(2);
    }

    @Test
    void terminalEscapesAndCarriageReturnsFromOdooArePrintedNeutralised() {
        PartnerRef hostile = world.seed().partner("Evil\u001b[2J AS\rForged line\u202e").company()
                .orgNumber("934567890").save();
        world.seed().invoice(hostile).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30)).amount("900")
                .save();

        Landscape.Cli sync = world.cli("sync", "--flow", "invoices");
        Landscape.Cli parked = world.cli("status", "--parked");

        for (String out : List.of(sync.out(), parked.out())) {
            assertThat(out).contains("Evil\\u001b[2J AS\\u000dForged line\\u202e")
                    .doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u202e");
        }
    }

    @Test
    void aCurrencyOtherThanTheCompanysPassesThroughUnchanged() {
        InvoiceRef euro = world.seed().invoice(bakery).currency("EUR").invoiceDate(today.minusDays(45))
                .dueDate(today.minusDays(30)).amount("1234.56").save();

        world.cli("sync", "--flow", "invoices");

        InvoiceSnapshot c = caseOf(euro);
        assertThat(c.currencyCode()).isEqualTo("EUR");
        assertThat(c.originalAmount()).isEqualByComparingTo("1234.56");
    }

    @Test
    void aDryRunShowsWhatWouldBeSentAndEveryRejectionButSendsAndWritesNothing() {
        overdue("6000.00", "NOK");
        PartnerRef nobody = world.seed().partner("Uten Adresse AS").company().orgNumber("998877665").save();
        world.seed().invoice(nobody).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30)).amount("900").save();
        int messages = world.odooDb.count("mail.message");

        Landscape.Cli dry = world.cli("sync", "--dry-run");

        assertThat(dry.out()).contains("would forward invoice").contains("has no street, postal code, city, country")
                .contains("dry run: nothing was sent or written");
        assertThat(world.kravia.requests().stream().filter(r -> !r.method().equals("GET"))).isEmpty();
        assertThat(world.odooDb.count("mail.message")).isEqualTo(messages);
        assertThat(world.cli("status", "--parked").out()).contains("Nothing is parked");
        assertThat(world.cli("status").out()).contains("0 open case(s)");
    }

    @Test
    void statusShowsCasesAndOneInvoicesHistory() {
        InvoiceRef invoice = overdue("6000.00", "NOK");
        world.cli("sync");
        world.kravia.clock().advanceDays(15);
        world.cli("sync", "--flow", "status");

        Landscape.Cli status = world.cli("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("1 open case(s)").contains(invoice.name()).contains("COLLECTION_NOTICE")
                .contains("6000.00 NOK");
        assertThat(world.cli("status", "--invoice", invoice.name()).out()).contains("Kravia case " + caseOf(invoice).id())
                .contains("COLLECTION_NOTICE");
        assertThat(world.cli("status", "--invoice", "INV/1999/99999").out()).contains("has not been forwarded");
    }

    @Test
    void doctorChecksEverythingAndTellsWhatOnboardingNeedsForAnUnmappedCompany() {
        var second = world.seed().company("Nordlys Handel AS").orgNumber("987654321").address("Fjellveien 2", "9008", "Tromsø")
                .email("post@nordlys.example").save();
        world.odooDb.user("bridge@acme.example").companies(world.company, second);

        Landscape.Cli doctor = world.cli("doctor");

        assertThat(doctor.exitCode()).as(doctor.out()).isZero();
        assertThat(doctor.out()).contains("ok   database").contains("ok   odoo login").contains("Odoo 17")
                .contains("ok   kravia creditor 501").contains("Nordlys Handel AS has no Kravia creditor")
                .contains("organisation number 987654321").contains("missing in Odoo: bank account")
                .contains("ok   settlement journal").contains("ok   settlement accounts");
    }

    @Test
    void doctorFailsOnARefusedKraviaToken() {
        // the environment overrides the file, as an administrator rotating the token would
        Landscape.Cli doctor = world.cli(java.util.Map.of("BRIDGE_KRAVIA_TOKEN", "wrong-token-123"), "doctor");

        assertThat(doctor.exitCode()).isEqualTo(1);
        assertThat(doctor.out()).contains("FAIL kravia creditor 501").doesNotContain("wrong-token-123");
    }

    private InvoiceRef overdue(String amount, String currency) {
        return world.seed().invoice(bakery).currency(currency).invoiceDate(today.minusDays(45))
                .dueDate(today.minusDays(30)).amount(amount).save();
    }

    private InvoiceSnapshot caseOf(InvoiceRef invoice) {
        return world.kravia.invoices(Landscape.CREDITOR).stream()
                .filter(s -> s.accountingInvoiceId().equals(Integer.toString(invoice.id()))).findFirst().orElseThrow();
    }
}
