package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.KidPayout;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.BankLine;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.StatementLineRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In KID mode Kravia pays each recovered invoice into the creditor's own bank account on the invoice's KID, and the
 * accountant books it like a customer's payment. Booked each of the three ways an accountant does, the payout is
 * never forwarded back to Kravia as a direct payment, in the sync that first sees it or in any later one; a
 * customer's own payment in the same bank journal still is; one the signals cannot settle is kept for review.
 */
@Tag("slow")
class KidPayoutsTest {

    private static final String CREDITORS_OWN_ACCOUNT = "1234.56.78903";

    static Stream<Arguments> odoos() {
        return Stream.of(Arguments.of(OdooVersion.V17, "jsonrpc"), Arguments.of(OdooVersion.V18, "xmlrpc"),
                Arguments.of(OdooVersion.V19, "json2"));
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @MethodSource("odoos")
    void kraviasPayoutsAreRecognisedHoweverTheyAreBooked(OdooVersion version, String protocol) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol, Map.of(
                "kravia.payout-bank-accounts", "1503 00 12345, 1503.00.99999",
                "kravia.payout-reference", "kravia"))) {
            world.odoo.setToday(today);
            world.kravia.payOutByKid(Landscape.CREDITOR, CREDITORS_OWN_ACCOUNT);
            assertThat(world.kravia.clientFundsAccount()).isEqualTo("15030012345");
            OdooReads odoo = new OdooReads(world.odooDb);
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef reconciledLine = world.overdueInvoice(bakery, today, "1250.00");
            InvoiceRef lineUnderCustomer = world.overdueInvoice(bakery, today, "800.00");
            InvoiceRef byHand = world.overdueInvoice(bakery, today, "600.00");
            InvoiceRef customersOwn = world.overdueInvoice(bakery, today, "900.00");
            InvoiceRef undecidable = world.overdueInvoice(bakery, today, "1000.00");
            assertThat(world.cli("sync", "--flow", "invoices").exitCode()).isZero();
            Map<String, InvoiceSnapshot> cases = world.kravia.invoices(Landscape.CREDITOR).stream()
                    .collect(Collectors.toMap(InvoiceSnapshot::accountingInvoiceId, s -> s));
            assertThat(cases).hasSize(5);

            // the customer pays half of one invoice to the creditor; it goes to Kravia as a direct payment
            world.seed().registerPayment(undecidable.id(), new BigDecimal("500.00"), today, "BNK", "Faktura");
            assertThat(world.cli("sync", "--flow", "payments").exitCode()).isZero();
            assertThat(world.kravia.invoice(caseId(cases, undecidable)).remainingCapital()).isEqualByComparingTo("500.00");

            // Kravia collects four invoices in full and pays each one's capital out on its KID
            for (InvoiceRef invoice : List.of(reconciledLine, lineUnderCustomer, byHand, undecidable)) {
                world.kravia.assignKid(caseId(cases, invoice), "00000" + invoice.id());
                world.kravia.debtorPaysInFull(caseId(cases, invoice));
            }
            world.kravia.settleNow(Landscape.CREDITOR);
            Map<Long, KidPayout> payouts = world.kravia.kidPayouts(Landscape.CREDITOR).stream()
                    .collect(Collectors.toMap(KidPayout::invoiceId, p -> p));
            assertThat(payouts).hasSize(4);
            assertThat(payouts.get(caseId(cases, undecidable)).amount()).isEqualByComparingTo("500.00");
            int directPaymentsBefore = directPayments(world).size();

            // 1. a bank line from Kravia's account, matched with the invoice, in the sync that first sees it
            KidPayout first = payouts.get(caseId(cases, reconciledLine));
            bankLine(world, reconciledLine, first, "KRAVIA AS", first.fromAccount(), false);
            // and a customer's own payment of another invoice, in the same bank journal
            StatementLineRef own = world.seed().importStatementLine(world.company, "BNK", BankLine.of(today, "400.00",
                    "Fjordbakeri AS", "9876.54.32109", "Faktura " + customersOwn.name()).withPartner(bakery.id()));
            world.seed().reconcileStatementLine(own.id(), customersOwn.id(), false);
            Landscape.Cli sync = world.cli("sync");
            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();

            // 2. later, after Kravia's status closed the cases: a bank line under the customer, and a payment
            // registered by hand on the invoice, whose only sign is Kravia's own record of the case
            KidPayout second = payouts.get(caseId(cases, lineUnderCustomer));
            bankLine(world, lineUnderCustomer, second, null, second.fromAccount(), true);
            KidPayout third = payouts.get(caseId(cases, byHand));
            world.seed().registerPayment(byHand.id(), third.amount(), third.date(), "BNK", "KID " + third.kid());
            KidPayout fourth = payouts.get(caseId(cases, undecidable));
            world.seed().registerPayment(undecidable.id(), fourth.amount(), fourth.date(), "BNK", "innbetaling");
            Landscape.Cli later = world.cli("sync");
            assertThat(later.exitCode()).as(later.out() + later.err()).isEqualTo(1);
            Landscape.Cli again = world.cli("sync");
            assertThat(again.out()).as(again.out()).contains("payments            1        0          0         0");

            List<RecordedRequest> sent = directPayments(world);
            assertThat(sent).as("only the customer's own payment went to Kravia").hasSize(directPaymentsBefore + 1);
            assertThat(sent.get(sent.size() - 1).body()).contains("400");
            assertThat(world.kravia.invoice(caseId(cases, customersOwn)).remainingCapital())
                    .isEqualByComparingTo("500.00");
            assertThat(directPaymentsBefore).isOne();
            for (InvoiceRef invoice : List.of(reconciledLine, lineUnderCustomer, byHand)) {
                assertThat(odoo.notes(invoice.id())).as(invoice.name()).filteredOn(n -> n.contains("paid out by Kravia"))
                        .hasSize(1);
            }
            assertThat(odoo.notes(undecidable.id())).noneMatch(n -> n.contains("paid out by Kravia"));
            Landscape.Cli parked = world.cli("status", "--parked");
            assertThat(parked.out()).contains("may be Kravia's payout").contains("direct payment of the same amount")
                    .doesNotContain(reconciledLine.name()).doesNotContain(lineUnderCustomer.name())
                    .doesNotContain(byHand.name());
        }
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @MethodSource("odoos")
    void doctorChecksEachCompanysPayoutKeys(OdooVersion version, String protocol) {
        try (Landscape world = new Landscape(version, protocol, Map.of("kravia.payout-journals", "BNK",
                "kravia.payout-reference", "kravia"))) {
            long company = world.company.id();
            Landscape.Cli common = world.cli("doctor");
            assertThat(common.out()).as(common.out()).contains("ok   kravia payouts, company " + company)
                    .contains("recognised by journals BNK (found), payer or memo matching 'kravia', Kravia's record");

            world.set("creditor." + company + ".payout-journals", "KRV9");
            Landscape.Cli own = world.cli("doctor");
            assertThat(own.exitCode()).isNotZero();
            assertThat(own.out()).contains("FAIL kravia payouts, company " + company)
                    .contains("no journal with code [KRV9] (creditor." + company + ".payout-journals)");
        }
    }

    private static void bankLine(Landscape world, InvoiceRef invoice, KidPayout payout, String payer, String account,
                                 boolean underCustomer) {
        StatementLineRef line = world.seed().importStatementLine(world.company, "BNK", new BankLine(payout.date(),
                payout.amount(), payer, account, "KID " + payout.kid(), null));
        world.seed().reconcileStatementLine(line.id(), invoice.id(), underCustomer);
    }

    private static List<RecordedRequest> directPayments(Landscape world) {
        return world.kravia.requests("POST", "invoice/payment").stream().filter(r -> r.status() == 200).toList();
    }

    private static long caseId(Map<String, InvoiceSnapshot> cases, InvoiceRef invoice) {
        return cases.get(Integer.toString(invoice.id())).id();
    }
}
