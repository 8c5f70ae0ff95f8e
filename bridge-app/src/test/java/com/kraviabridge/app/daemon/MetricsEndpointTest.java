package com.kraviabridge.app.daemon;

import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /metrics} on a running daemon, as Prometheus scrapes it: the counters move once a flow has run, and
 * the webhook calls are counted by how they were answered.
 */
@Tag("slow")
class MetricsEndpointTest {

    @Test
    void theCountersMoveAfterAFlowRan() {
        int port = DaemonFixtures.freePort();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of(
                "webhook.port", Integer.toString(port), "webhook.bind-address", "127.0.0.1")))) {
            world.odoo.setToday(today);
            world.seedOneInvoiceToSendAndOneToReject(today);
            String company = Long.toString(world.company.id());
            String sent = "kravia_bridge_records_total{company=\"" + company + "\",flow=\"invoices\",outcome=\"sent\"}";
            String rejected = "kravia_bridge_records_total{company=\"" + company + "\",flow=\"invoices\",outcome=\"rejected\"}";
            String registered = "kravia_bridge_kravia_requests_seconds_count{method=\"POST invoice/register\",outcome=\"ok\"}";

            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                DaemonFixtures.Answer before = DaemonFixtures.get(port, "/metrics");
                assertThat(before.status()).isEqualTo(200);
                assertThat(before.body()).contains("kravia_bridge_parked_records 0.0",
                        "kravia_bridge_flow_last_success_timestamp_seconds{flow=\"invoices\"} 0.0");
                assertThat(value(before.body(), sent)).isZero();
                assertThat(value(before.body(), registered)).isZero();

                daemon.scheduler().runNow(FlowReport.Flow.INVOICES);
                String after = await().atMost(Duration.ofSeconds(30)).until(() -> DaemonFixtures.get(port, "/metrics").body(),
                        body -> value(body, sent) > 0);

                assertThat(value(after, sent)).isEqualTo(1);
                assertThat(value(after, rejected)).as("no organisation number: kept for review").isEqualTo(1);
                assertThat(value(after, registered)).isEqualTo(1);
                assertThat(value(after, "kravia_bridge_parked_records")).isEqualTo(1);
                assertThat(value(after, "kravia_bridge_flow_runs_seconds_count{flow=\"invoices\",outcome=\"ok\"}"))
                        .isEqualTo(1);
                assertThat(value(after, "kravia_bridge_flow_last_success_timestamp_seconds{flow=\"invoices\"}"))
                        .isGreaterThan(Instant.now().minusSeconds(120).getEpochSecond());
                assertThat(after).containsPattern("kravia_bridge_odoo_requests_seconds_count\\{method=\"account\\.move\\.[a-z_]+\","
                        + "outcome=\"ok\"} [1-9]");
                assertThat(after).doesNotContain(Landscape.TOKEN, Landscape.WEBHOOK_SECRET);

                // a webhook call without a signature is refused, and counted as such
                assertThat(DaemonFixtures.post(port, BridgeHttpServer.webhookPath(Landscape.CREDITOR),
                        "{\"claimId\":1,\"eventType\":\"StatusChanged\"}").status()).isEqualTo(400);
                assertThat(value(DaemonFixtures.get(port, "/metrics").body(),
                        "kravia_bridge_webhook_deliveries_total{outcome=\"refused\",reason=\"malformed\"}")).isEqualTo(1);
                assertThat(DaemonFixtures.post(port, "/metrics", "{}").status()).isEqualTo(405);
            }

            // restarted, the daemon knows the last success from the store, not from its own runs
            String lastSuccess = "kravia_bridge_flow_last_success_timestamp_seconds{flow=\"invoices\"}";
            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                String restarted = DaemonFixtures.get(port, "/metrics").body();
                assertThat(value(restarted, lastSuccess)).isGreaterThan(Instant.now().minusSeconds(120).getEpochSecond());
                assertThat(value(restarted, sent)).as("counts start again with the process").isZero();
            }
        }
    }

    /** The value of one series in Prometheus's text format; 0 when the series is not there yet. */
    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
