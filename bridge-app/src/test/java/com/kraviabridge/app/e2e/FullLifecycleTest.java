package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.CaseStatus;
import com.kraviabridge.sim.kravia.CloseReason;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.SettlementSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
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
 * The whole story through the real HTTP stacks: forward, direct payment, partial credit, status changes, the
 * debtor paying Kravia, the settlement posted and bookkept, the invoice paid in Odoo; ineligible invoices
 * reported; a second sync changing nothing; both books agreeing at the end. On every emulated Odoo, over the
 * protocols an administrator would choose (JSON-2 from 19 on, where the older ones are deprecated or gone).
 */
@Tag("slow")
class FullLifecycleTest {

    static Stream<Arguments> odoos() {
        return Stream.of(Arguments.of(OdooVersion.V16, "xmlrpc"), Arguments.of(OdooVersion.V17, "jsonrpc"),
                Arguments.of(OdooVersion.V18, "auto"), Arguments.of(OdooVersion.V19, "json2"),
                Arguments.of(OdooVersion.V20, "auto"));
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @MethodSource("odoos")
    void anInvoiceGoesThroughItsWholeLife(OdooVersion version, String protocol) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            OdooReads odoo = new OdooReads(world.odooDb);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").email("post@fjordbakeri.example").ref("C-0042").save();
            PartnerRef kari = world.seed().partner("Kari Nordmann").person()
                    .address("Storgata 1", "0155", "Oslo", "NO").save();
            PartnerRef noOrgNumber = world.seed().partner("Uten Orgnr AS").company()
                    .address("Kaigata 2", "7010", "Trondheim", "NO").save();
            PartnerRef vip = world.seed().partner("Viktig Kunde AS").company().orgNumber("998877665")
                    .address("Torget 1", "4006", "Stavanger", "NO").tags("VIP").save();

            InvoiceRef bakeryBig = invoice(world, bakery, "12500.00", today.minusDays(30));
            InvoiceRef bakerySmall = invoice(world, bakery, "3000.00", today.minusDays(20));
            InvoiceRef kariInvoice = invoice(world, kari, "1500.00", today.minusDays(40));
            InvoiceRef missingOrgNumber = invoice(world, noOrgNumber, "4000.00", today.minusDays(30));
            InvoiceRef excluded = invoice(world, vip, "900.00", today.minusDays(30));
            InvoiceRef notYet = invoice(world, bakery, "700.00", today.minusDays(5));
            InvoiceRef paidBefore = invoice(world, kari, "800.00", today.minusDays(30));
            world.seed().registerPayment(paidBefore.id(), new BigDecimal("800.00"), today.minusDays(2), "BNK", "paid");
            String excludedTagConfig = "collection.excluded-partner-tags = VIP";

            appendConfig(world, excludedTagConfig);

            // 1. forwarding
            Landscape.Cli first = world.cli("sync");
            assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
            assertThat(first.out()).contains("no organisation number").contains("1 kept out");
            Map<String, InvoiceSnapshot> cases = byAccountingId(world);
            assertThat(cases.keySet()).containsExactlyInAnyOrder(id(bakeryBig), id(bakerySmall), id(kariInvoice));
            assertThat(cases.get(id(bakeryBig)).originalAmount()).isEqualByComparingTo("12500.00");
            assertThat(cases.get(id(bakeryBig)).debtorId()).isEqualTo(cases.get(id(bakerySmall)).debtorId());
            assertThat(world.kravia.debtor(cases.get(id(bakeryBig)).debtorId()).orElseThrow().organizationNumber())
                    .isEqualTo("912345678");
            assertThat(world.kravia.debtor(cases.get(id(kariInvoice)).debtorId()).orElseThrow().privateIndividual())
                    .isTrue();
            assertThat(odoo.notes(bakeryBig.id())).anyMatch(n -> n.contains("Forwarded to Kravia"));
            assertThat(odoo.notes(notYet.id())).isEmpty();
            assertThat(world.cli("status", "--parked").out()).contains(missingOrgNumber.name())
                    .contains("organisation number").as("a customer tag is a choice, nothing to fix")
                    .doesNotContain(excluded.name());
            assertThat(world.cli("sync", "--dry-run", "--flow", "invoices").out()).contains("excluded tag 'VIP'");

            // 2. a direct payment to the creditor, 3. a partial credit note
            world.seed().registerPayment(bakeryBig.id(), new BigDecimal("2500.00"), today, "BNK", "part payment");
            world.seed().creditNote(bakerySmall.id(), new BigDecimal("1000.00"), true);
            assertThat(world.cli("sync", "--flow", "payments,credits").exitCode()).isZero();
            assertThat(world.kravia.invoice(caseId(cases, bakeryBig)).remainingCapital()).isEqualByComparingTo("10000.00");
            assertThat(world.kravia.invoice(caseId(cases, bakerySmall)).remainingCapital()).isEqualByComparingTo("2000.00");

            // 4. status changes: one note per change, never one per poll
            world.kravia.clock().advanceDays(15);
            world.cli("sync", "--flow", "status");
            assertThat(world.kravia.invoice(caseId(cases, bakeryBig)).status()).isEqualTo(CaseStatus.COLLECTION_NOTICE);
            long statusNotes = countContaining(odoo.notes(bakeryBig.id()), "COLLECTION_NOTICE");
            assertThat(statusNotes).isEqualTo(1);
            world.cli("sync", "--flow", "status");
            assertThat(countContaining(odoo.notes(bakeryBig.id()), "COLLECTION_NOTICE")).isEqualTo(1);

            // 5. the debtor pays Kravia in full; the settlement is posted, reconciled and bookkept
            world.kravia.debtorPaysInFull(caseId(cases, kariInvoice));
            List<SettlementSnapshot> settlements = world.kravia.settleNow(Landscape.CREDITOR);
            assertThat(settlements).hasSize(1);
            Landscape.Cli settle = world.cli("sync", "--flow", "settlements,status");
            assertThat(settle.exitCode()).as(settle.out()).isZero();
            List<Integer> entries = odoo.movesWithRef("KRAVIA-SETTLEMENT-" + settlements.get(0).id());
            assertThat(entries).hasSize(1);
            assertThat(odoo.move(entries.get(0), "state").get("state")).isEqualTo("posted");
            assertThat(odoo.residual(kariInvoice.id())).isZero();
            assertThat(odoo.paymentState(kariInvoice.id())).isIn("paid", "in_payment");
            assertThat(world.kravia.settlements(Landscape.CREDITOR)).allMatch(SettlementSnapshot::closed);
            assertThat(world.kravia.invoice(caseId(cases, kariInvoice)).closeReason()).isEqualTo(CloseReason.PAID);
            assertThat(world.cli("status", "--invoice", kariInvoice.name()).out()).contains("CLOSED").contains("PAID");

            // the bridge's own entry is a Kravia payout: never sent back as a direct payment
            int paymentsBefore = world.kravia.requests("POST", "invoice/payment").size();
            assertThat(world.cli("sync", "--flow", "payments").exitCode()).isZero();
            assertThat(world.kravia.requests("POST", "invoice/payment")).hasSize(paymentsBefore);

            // 6. the data of the refused invoice is fixed: it goes on the next run
            world.odooDb.execute("res.partner", "write", List.of(List.of(noOrgNumber.id()),
                    Map.of("company_registry", "911222333")), Map.of());
            world.cli("sync");
            assertThat(byAccountingId(world)).containsKey(id(missingOrgNumber));

            // 7. a second sync changes nothing on either side
            int krav = world.kravia.requests().stream().filter(r -> !r.method().equals("GET")).toList().size();
            int moves = world.odooDb.count("account.move");
            int messages = world.odooDb.count("mail.message");
            Landscape.Cli again = world.cli("sync", "--flow", "invoices,payments,credits,status,settlements");
            assertThat(world.kravia.requests().stream().filter(r -> !r.method().equals("GET")).toList()).hasSize(krav);
            assertThat(world.odooDb.count("account.move")).isEqualTo(moves);
            assertThat(world.odooDb.count("mail.message")).isEqualTo(messages);
            assertThat(again.out()).contains("Summary");

            // 8. the books agree
            Landscape.Cli reconcile = world.cli("status", "--reconcile");
            assertThat(reconcile.out()).as(reconcile.out()).contains("agree");
            assertThat(reconcile.exitCode()).isZero();

            // 9. Odoo 19 logged no deprecation warning: no call went to /jsonrpc or /xmlrpc (none exist before 19)
            assertThat(world.odoo.deprecatedCalls()).isZero();
        }
    }

    private static void appendConfig(Landscape world, String line) {
        try {
            java.nio.file.Files.writeString(world.configFile, line + "\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InvoiceRef invoice(Landscape world, PartnerRef partner, String amount, LocalDate due) {
        return world.seed().invoice(partner).invoiceDate(due.minusDays(14)).dueDate(due).amount(amount).save();
    }

    private static Map<String, InvoiceSnapshot> byAccountingId(Landscape world) {
        return world.kravia.invoices(Landscape.CREDITOR).stream()
                .collect(Collectors.toMap(InvoiceSnapshot::accountingInvoiceId, s -> s));
    }

    private static String id(InvoiceRef invoice) {
        return Integer.toString(invoice.id());
    }

    private static long caseId(Map<String, InvoiceSnapshot> cases, InvoiceRef invoice) {
        return cases.get(id(invoice)).id();
    }

    private static long countContaining(List<String> notes, String text) {
        return notes.stream().filter(n -> n.contains(text)).count();
    }
}
