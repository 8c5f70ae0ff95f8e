package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection desk as an accountant uses it, through the command line on every Odoo the desk supports: an
 * invoice kept out of Kravia in Odoo is never sent and goes once the mark is taken off; with manual approval, or
 * past the age limit, an invoice waits (its Kravia status says so and Odoo's filter lists it) until it is approved;
 * {@code bridge status} lists what needs a person by invoice number.
 */
@Tag("slow")
class CollectionDeskTest {

    private static final String WAITING = "Waiting for approval";

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @CsvSource({"V17, jsonrpc", "V18, xmlrpc", "V19, json2"})
    void aHeldInvoiceIsNeverSentAndGoesOnceTheHoldIsTakenOff(OdooVersion version, String protocol) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            setUpDesk(world);
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef held = world.overdueInvoice(bakery, today, "4000.00");
            InvoiceRef free = world.overdueInvoice(bakery, today, "1000.00");
            PartnerRef noOrgNumber = world.seed().partner("Uten Orgnr AS").company()
                    .address("Kaigata 2", "7010", "Trondheim", "NO").save();
            InvoiceRef kept = world.overdueInvoice(noOrgNumber, today, "2000.00");
            mark(world, held, "x_kravia_hold", true);

            Landscape.Cli first = world.cli("sync", "--dry-run");
            assertThat(first.out()).contains("kept out of Kravia in Odoo");
            Landscape.Cli sync = world.cli("sync");
            assertThat(sync.out()).contains("1 kept out").doesNotContain("Needs attention:\n  invoices 1: kept out");
            assertThat(world.cli("sync").exitCode()).as("only the invoice without an organisation number is a problem")
                    .isEqualTo(1);
            assertThat(sent(world)).as("a second run sends it no more than the first").containsExactly(id(free));

            Landscape.Cli status = world.cli("status");
            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).contains("1 record(s) parked for review").contains(kept.name())
                    .contains("organisation number").doesNotContain(held.name()).doesNotContain("waiting for approval");
            JsonNode json = new ObjectMapper().readTree(world.cli("status", "--format", "json").out());
            JsonNode keptForReview = json.path("needsAPerson").path("keptForReview");
            assertThat(keptForReview.path("records")).hasSize(1);
            assertThat(keptForReview.path("records").get(0).path("invoice").asText()).isEqualTo(kept.name());
            assertThat(keptForReview.path("more").asInt()).isZero();
            assertThat(keptForReview.path("listAll").asText()).isEqualTo("bridge status --parked");
            assertThat(json.path("needsAPerson").path("waitingForApproval").path("records")).isEmpty();

            mark(world, held, "x_kravia_hold", false);
            world.odooDb.execute("res.partner", "write", List.of(List.of(noOrgNumber.id()),
                    Map.of("company_registry", "911222333")), Map.of());
            Landscape.Cli afterRelease = world.cli("sync");
            assertThat(afterRelease.exitCode()).as(afterRelease.out()).isZero();
            assertThat(sent(world)).containsExactlyInAnyOrder(id(free), id(held), id(kept));
            assertThat(world.cli("status").out()).contains("Nothing needs a person");
        }
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @CsvSource({"V17, jsonrpc", "V18, xmlrpc", "V19, json2"})
    void manualApprovalAndTheAgeLimitHoldInvoicesUntilTheyAreApproved(OdooVersion version, String protocol) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef first = world.overdueInvoice(bakery, today, "4000.00");
            world.set("collection.approval", "manual");

            // manual approval without the desk: nothing goes, and both commands say what to do
            Landscape.Cli withoutDesk = world.cli("sync");
            assertThat(withoutDesk.exitCode()).isEqualTo(1);
            assertThat(withoutDesk.out()).contains("collection.approval = manual").contains("run bridge odoo setup");
            assertThat(world.cli("doctor").out()).contains("FAIL collection approval")
                    .contains("collection.approval = manual").contains("run bridge odoo setup");
            assertThat(sent(world)).isEmpty();

            setUpDesk(world);
            Landscape.Cli waiting = world.cli("sync");
            assertThat(waiting.exitCode()).as("waiting is not a fault: " + waiting.out()).isZero();
            assertThat(sent(world)).isEmpty();
            assertThat(status(world, first)).isEqualTo(WAITING);
            assertThat(waitingFilter(world)).containsExactly(first.id());
            Landscape.Cli status = world.cli("status");
            assertThat(status.out()).contains("1 invoice(s) waiting for approval").contains(first.name())
                    .doesNotContain("parked for review");
            assertThat(world.cli("status", "--parked").out()).contains("Nothing is parked");
            assertThat(world.cli("status", "--waiting").out()).contains(first.name())
                    .contains("collection.approval = manual");
            long writes = world.odoo.stats().count("account.move", "write");
            world.cli("sync");
            assertThat(world.odoo.stats().count("account.move", "write")).as("a waiting invoice is not written again")
                    .isEqualTo(writes);

            mark(world, first, "x_kravia_approved", true);
            assertThat(waitingFilter(world)).as("approved: the filter lets it go at once").isEmpty();
            Landscape.Cli approved = world.cli("sync");
            assertThat(approved.exitCode()).as(approved.out()).isZero();
            assertThat(sent(world)).containsExactly(id(first));
            assertThat(status(world, first)).isNotEqualTo(WAITING);
            assertThat(world.cli("status", "--waiting").out()).contains("No invoice is waiting for approval");

            // automatic, but invoices overdue by more than 60 days wait
            world.set("collection.approval", "automatic");
            world.set("collection.approval-after-days-overdue", "60");
            InvoiceRef old = world.seed().invoice(bakery).invoiceDate(today.minusDays(100)).dueDate(today.minusDays(90))
                    .amount("2500.00").save();
            InvoiceRef recent = world.overdueInvoice(bakery, today, "1500.00");
            Landscape.Cli aged = world.cli("sync");
            assertThat(aged.exitCode()).as(aged.out()).isZero();
            assertThat(sent(world)).containsExactlyInAnyOrder(id(first), id(recent));
            assertThat(status(world, old)).isEqualTo(WAITING);
            assertThat(waitingFilter(world)).containsExactly(old.id());
            assertThat(world.cli("status").out()).contains(old.name()).contains("more than 60 days");

            mark(world, old, "x_kravia_approved", true);
            world.cli("sync");
            assertThat(sent(world)).containsExactlyInAnyOrder(id(first), id(recent), id(old));
        }
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @CsvSource({"V19, json2"})
    void statusShowsTwentyOfEachAndTellsHowToListTheRest(OdooVersion version, String protocol) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            setUpDesk(world);
            world.set("collection.approval", "manual");
            PartnerRef bakery = world.fjordbakeri();
            for (int i = 0; i < 23; i++) {
                world.overdueInvoice(bakery, today, "100.00");
            }
            long writes = world.odoo.stats().count("account.move", "write");
            world.cli("sync");
            assertThat(world.odoo.stats().count("account.move", "write") - writes)
                    .as("one write shows all of them waiting").isEqualTo(1);

            Landscape.Cli status = world.cli("status");
            assertThat(status.out()).contains("23 invoice(s) waiting for approval")
                    .contains("and 3 more: bridge status --waiting");
            assertThat(status.out().lines().filter(l -> l.startsWith("  awaiting-approval "))).hasSize(20);
            JsonNode waiting = new ObjectMapper().readTree(world.cli("status", "--format", "json").out())
                    .path("needsAPerson").path("waitingForApproval");
            assertThat(waiting.path("records")).hasSize(20);
            assertThat(waiting.path("more").asInt()).isEqualTo(3);
            assertThat(waiting.path("listAll").asText()).isEqualTo("bridge status --waiting");
            assertThat(new ObjectMapper().readTree(world.cli("status", "--waiting", "--format", "json").out())
                    .path("waiting")).hasSize(23);
        }
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @CsvSource({"V19, json2"})
    void anInvoiceThatStopsWaitingWithoutGoingLosesItsWaitingStatus(OdooVersion version, String protocol) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(version, protocol)) {
            world.odoo.setToday(today);
            setUpDesk(world);
            world.set("collection.approval", "manual");
            InvoiceRef invoice = world.overdueInvoice(world.fjordbakeri(), today, "4000.00");
            world.cli("sync");
            assertThat(status(world, invoice)).isEqualTo(WAITING);

            mark(world, invoice, "x_kravia_hold", true);
            world.cli("sync");

            assertThat(status(world, invoice)).isEqualTo(false);
            assertThat(world.cli("status").out()).contains("Nothing needs a person")
                    .doesNotContain("invoice(s) waiting for approval");
            assertThat(sent(world)).isEmpty();
        }
    }

    private static void setUpDesk(Landscape world) {
        world.odooDb.user("bridge@acme.example").admin();
        Landscape.Cli setup = world.cli("odoo", "setup");
        assertThat(setup.exitCode()).as(setup.out() + setup.err()).isZero();
    }

    /** What an accountant does on the invoice form: ticks or unticks one of the desk's boxes. */
    private static void mark(Landscape world, InvoiceRef invoice, String field, boolean value) {
        world.odooDb.execute("account.move", "write", List.of(List.of(invoice.id()), Map.of(field, value)), Map.of());
    }

    private static Object status(Landscape world, InvoiceRef invoice) {
        return world.odooDb.read("account.move", invoice.id(), "x_kravia_status").get("x_kravia_status");
    }

    /** The invoices Odoo's "Waiting for Kravia approval" filter lists (its domain, as the view declares it). */
    private static List<Integer> waitingFilter(Landscape world) {
        return world.odooDb.search("account.move", List.of(List.of("x_kravia_status", "=", WAITING),
                List.of("x_kravia_hold", "=", false), List.of("x_kravia_approved", "=", false)));
    }

    private static Set<String> sent(Landscape world) {
        return world.kravia.invoices(Landscape.CREDITOR).stream().map(InvoiceSnapshot::accountingInvoiceId)
                .collect(Collectors.toSet());
    }

    private static String id(InvoiceRef invoice) {
        return Integer.toString(invoice.id());
    }
}
