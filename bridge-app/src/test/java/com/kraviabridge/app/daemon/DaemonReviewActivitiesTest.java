package com.kraviabridge.app.daemon;

import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The daemon keeps the to-dos of records kept for review after each scheduled flow, as {@code bridge sync} does. */
@Tag("slow")
class DaemonReviewActivitiesTest {

    @Test
    void aScheduledRunOpensTheToDoOfAKeptInvoiceOnceAndTheNextOpensNone() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V18, "jsonrpc", DaemonFixtures.config(Map.of()));
             Bridge bridge = world.bridge()) {
            world.odoo.setToday(today);
            PartnerRef noOrgNumber = world.seed().partner("Uten Orgnr AS").company()
                    .address("Kaigata 2", "7010", "Trondheim", "NO").save();
            InvoiceRef invoice = world.seed().invoice(noOrgNumber).invoiceDate(today.minusDays(45))
                    .dueDate(today.minusDays(30)).amount("4000.00").save();
            JobRuns runs = new JobRuns(bridge.database().cursors());
            BridgeScheduler scheduler = new BridgeScheduler(bridge.database().dataSource(),
                    bridge.settings().schedule(), bridge.synchronisation(), runs, Clock.systemUTC(), 5_000);
            try {
                scheduler.start();
                scheduler.runNow(FlowReport.Flow.INVOICES);
                await().atMost(Duration.ofSeconds(30)).until(() -> runs.last(FlowReport.Flow.INVOICES).isPresent());
                assertThat(activitiesOn(world, invoice)).hasSize(1);

                Instant first = runs.last(FlowReport.Flow.INVOICES).orElseThrow().finishedAt();
                scheduler.runNow(FlowReport.Flow.INVOICES);
                await().atMost(Duration.ofSeconds(30)).until(() -> runs.last(FlowReport.Flow.INVOICES)
                        .orElseThrow().finishedAt().isAfter(first));
                assertThat(activitiesOn(world, invoice)).hasSize(1);
            } finally {
                scheduler.close();
            }
        }
    }

    private static List<Integer> activitiesOn(Landscape world, InvoiceRef invoice) {
        return world.odooDb.search("mail.activity", List.of(List.of("res_model", "=", "account.move"),
                List.of("res_id", "=", invoice.id())));
    }
}
