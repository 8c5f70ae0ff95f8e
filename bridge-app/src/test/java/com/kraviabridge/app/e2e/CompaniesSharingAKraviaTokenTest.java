package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.CaseStatus;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An accounting firm: two Odoo companies, each its own Kravia creditor, both reached with one Kravia token. The
 * change feed shows the cases of both, so a sync reads it once and hands each company its own cases; each company
 * keeps its own cursor, its invoices show their own status, and the chatter says what changed with Kravia's fees
 * and interest. A sync after that, with nothing new, writes nothing in Odoo.
 */
@Tag("slow")
class CompaniesSharingAKraviaTokenTest {

    private static final long SECOND_CREDITOR = 502;

    static Stream<Arguments> odoos() {
        return Stream.of(Arguments.of(OdooVersion.V17, "jsonrpc"), Arguments.of(OdooVersion.V18, "auto"),
                Arguments.of(OdooVersion.V19, "json2"));
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @MethodSource("odoos")
    void theFeedIsReadOnceAndEachCompanyGetsItsOwnCases(OdooVersion version, String protocol) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            world.odooDb.addCustomCharField("account.move", "x_kravia_case_id", "Kravia case", true);
            world.odooDb.addCustomCharField("account.move", "x_kravia_status", "Kravia status");
            CompanyRef second = world.seed().company("Nordlys Handel AS").orgNumber("987654321")
                    .address("Fjellveien 2", "9008", "Tromsø").email("post@nordlys.example").save();
            world.odooDb.user("bridge@acme.example").companies(world.company, second);
            world.kravia.addCreditor(SECOND_CREDITOR, Landscape.TOKEN);
            world.set("creditor." + second.id() + ".id", Long.toString(SECOND_CREDITOR));
            PartnerRef bakery = world.fjordbakeri();
            List<InvoiceRef> first = new ArrayList<>();
            List<InvoiceRef> other = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                first.add(world.overdueInvoice(bakery, today, "1000.00"));
                other.add(world.seed().invoice(bakery).company(second).invoiceDate(today.minusDays(45))
                        .dueDate(today.minusDays(30)).amount("2000.00").save());
            }
            Landscape.Cli forwarding = world.cli("sync", "--flow", "invoices");
            assertThat(forwarding.exitCode()).as(forwarding.out() + forwarding.err()).isZero();
            assertThat(world.kravia.invoices(Landscape.CREDITOR)).hasSize(3);
            assertThat(world.kravia.invoices(SECOND_CREDITOR)).hasSize(3);
            Landscape.Cli caughtUp = world.cli("sync", "--flow", "status");
            assertThat(caughtUp.exitCode()).as(caughtUp.out()).isZero();

            world.kravia.pause(caseOf(world, Landscape.CREDITOR, first.get(2)).id());
            world.kravia.clock().advanceDays(15);
            assertThat(world.kravia.invoices(SECOND_CREDITOR)).extracting(InvoiceSnapshot::status)
                    .containsOnly(CaseStatus.COLLECTION_NOTICE);
            world.kravia.clearRequests();
            world.odoo.stats().reset();
            Landscape.Cli status = world.cli("sync", "--flow", "status");

            assertThat(status.exitCode()).as(status.out() + status.err()).isZero();
            List<String> pages = world.kravia.requests("GET", "invoice/search").stream().map(RecordedRequest::query)
                    .toList();
            assertThat(pages).as("each page of the feed read once for both companies").hasSize(1);
            OdooReads odoo = new OdooReads(world.odooDb);
            List<InvoiceRef> noticed = concat(first.subList(0, 2), other);
            for (InvoiceRef invoice : noticed) {
                assertThat(odoo.move(invoice.id(), "x_kravia_status").get("x_kravia_status"))
                        .isEqualTo("COLLECTION_NOTICE");
                assertThat(odoo.notes(invoice.id())).filteredOn(n -> n.contains("COLLECTION_NOTICE")).singleElement()
                        .asString().contains("was REGISTERED").contains("fees ").contains("interest ");
            }
            assertThat(odoo.move(first.get(2).id(), "x_kravia_status").get("x_kravia_status")).isEqualTo("PAUSED");
            assertThat(world.odoo.stats().count("mail.message", "create")).as("one note call per company")
                    .isEqualTo(2);
            assertThat(world.odoo.stats().count("account.move", "write"))
                    .as("one write per distinct status and company: notice and paused, notice").isEqualTo(3);
            assertThat(world.odoo.stats().count("account.move", "load")).isZero();

            world.odoo.stats().reset();
            Landscape.Cli again = world.cli("sync", "--flow", "status");
            assertThat(again.exitCode()).as(again.out()).isZero();
            assertThat(world.odoo.stats().count("mail.message", "create") + world.odoo.stats().count("account.move",
                    "message_post") + world.odoo.stats().count("account.move", "write")
                    + world.odoo.stats().count("account.move", "load")).as("nothing changed, nothing written").isZero();

            // a direct payment in one company, a credit note in the other: each registration is told in the chatter
            world.seed().registerPayment(first.get(0).id(), new BigDecimal("300.00"), today, "BNK", "part payment");
            world.seed().creditNote(other.get(0).id(), new BigDecimal("500.00"), true);
            Landscape.Cli allocations = world.cli("sync", "--flow", "payments,credits");
            assertThat(allocations.exitCode()).as(allocations.out() + allocations.err()).isZero();
            assertThat(odoo.notes(first.get(0).id())).filteredOn(n -> n.contains("Registered in Kravia")).singleElement()
                    .asString().contains("direct payment").contains("300.00 NOK of it on case "
                            + caseOf(world, Landscape.CREDITOR, first.get(0)).id()).contains("remaining capital 700.00");
            assertThat(odoo.notes(other.get(0).id())).filteredOn(n -> n.contains("Registered in Kravia")).singleElement()
                    .asString().contains("credit note").contains("remaining capital 1500.00");
            int notesBefore = world.odooDb.count("mail.message");
            assertThat(world.cli("sync", "--flow", "payments,credits").exitCode()).isZero();
            assertThat(world.odooDb.count("mail.message")).as("told once").isEqualTo(notesBefore);
        }
    }

    private static InvoiceSnapshot caseOf(Landscape world, long creditorId, InvoiceRef invoice) {
        return world.kravia.invoices(creditorId).stream()
                .filter(c -> c.accountingInvoiceId().equals(Integer.toString(invoice.id()))).findFirst().orElseThrow();
    }

    private static List<InvoiceRef> concat(List<InvoiceRef> a, List<InvoiceRef> b) {
        List<InvoiceRef> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
