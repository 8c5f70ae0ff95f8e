package com.kraviabridge.app.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mapped company that Odoo does not have is refused by the daemon's scheduled runs as {@code bridge sync} refuses
 * it: same words, in the run's record shown by {@code /health}, the other companies served, one read of Odoo's
 * company ids per run.
 */
@Tag("slow")
class DaemonCompanyRefusalTest {

    @Test
    void aScheduledRunRefusesAMappedCompanyOdooDoesNotHaveAndServesTheOthers() {
        int port = DaemonFixtures.freePort();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V18, "jsonrpc", DaemonFixtures.config(Map.of(
                "webhook.port", Integer.toString(port), "creditor.99.id", "502")))) {
            world.odoo.setToday(today);
            world.kravia.addCreditor(502, Landscape.TOKEN);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").save();
            world.seed().invoice(bakery).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30))
                    .amount("4000.00").save();

            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                long companyReadsBefore = world.odoo.stats().count("res.company", "search_read");
                daemon.scheduler().runNow(FlowReport.Flow.INVOICES);
                JsonNode health = await().atMost(Duration.ofSeconds(30)).until(
                        () -> DaemonFixtures.get(port, "/health").json(),
                        h -> !h.path("jobs").path("invoices").path("lastRun").isNull());

                JsonNode lastRun = health.path("jobs").path("invoices").path("lastRun");
                assertThat(lastRun.path("refusedCompanies")).as(health.toString()).hasSize(1);
                assertThat(lastRun.path("refusedCompanies").get(0).asText()).isEqualTo("company 99 is mapped"
                        + " (creditor.99.id) but the bridge's Odoo user cannot see such a company; nothing was done"
                        + " for it");
                assertThat(lastRun.path("outcome").asText()).isEqualTo("failures");
                assertThat(lastRun.path("failed").asInt()).as("the refused company's flow, and nothing else")
                        .isEqualTo(1);
                assertThat(lastRun.path("sent").asInt()).as("the company Odoo has is served").isEqualTo(1);
                assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);
                assertThat(world.odoo.stats().count("res.company", "search_read") - companyReadsBefore)
                        .as("one read of Odoo's companies per run").isEqualTo(1);
            }
        }
    }
}
