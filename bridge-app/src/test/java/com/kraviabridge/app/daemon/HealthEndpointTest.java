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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /health} on a running daemon: the database, every job with its next run and, once it ran, how its
 * last run went, and what is parked; 503 soon after the database becomes unreachable, 200 again once it is back.
 */
@Tag("slow")
class HealthEndpointTest {

    @Test
    void reportsJobsAndParkedWorkAndGoesDownWithTheDatabase() {
        int port = DaemonFixtures.freePort();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // no webhook.bind-address: the endpoint is on loopback unless the administrator opens it
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of(
                "webhook.port", Integer.toString(port))));
             DatabaseCable cable = new DatabaseCable(world.setting("db.url"))) {
            world.set("db.url", cable.jdbcUrl());
            world.odoo.setToday(today);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").save();
            PartnerRef noOrgNumber = world.seed().partner("Uten Orgnr AS").company()
                    .address("Kaigata 2", "7010", "Trondheim", "NO").save();
            for (PartnerRef partner : List.of(bakery, noOrgNumber)) {
                world.seed().invoice(partner).invoiceDate(today.minusDays(44)).dueDate(today.minusDays(30))
                        .amount("4000.00").save();
            }

            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                assertThat(daemon.httpAddress().getAddress().isLoopbackAddress()).as(daemon.httpAddress().toString())
                        .isTrue();
                JsonNode fresh = healthy(port);
                assertThat(fresh.path("status").asText()).isEqualTo("UP");
                assertThat(fresh.path("database").asText()).isEqualTo("UP");
                assertThat(fresh.path("instance").asText()).isEqualTo(daemon.scheduler().instanceId());
                assertThat(fresh.path("parked").asLong()).isZero();
                assertThat(fresh.path("webhooksWaiting").asLong()).isZero();
                assertThat(fresh.path("jobs").fieldNames()).toIterable()
                        .containsExactly("invoices", "payments", "credits", "status", "settlements");
                assertThat(fresh.path("jobs")).allSatisfy(job -> {
                    assertThat(job.path("lastRun").isNull()).isTrue();
                    assertThat(Instant.parse(job.path("nextRun").asText()))
                            .isAfter(Instant.now().plus(Duration.ofDays(365)));
                });

                // one invoice goes, one is parked for its missing organisation number
                daemon.scheduler().runNow(FlowReport.Flow.INVOICES);
                JsonNode afterRun = await().atMost(Duration.ofSeconds(20)).until(() -> healthy(port),
                        health -> !health.path("jobs").path("invoices").path("lastRun").isNull());
                JsonNode lastRun = afterRun.path("jobs").path("invoices").path("lastRun");
                assertThat(lastRun.path("outcome").asText()).isEqualTo("attention");
                assertThat(lastRun.path("sent").asInt()).isEqualTo(1);
                assertThat(lastRun.path("parked").asInt()).isEqualTo(1);
                assertThat(lastRun.path("failed").asInt()).isZero();
                assertThat(Instant.parse(lastRun.path("finishedAt").asText())).isBefore(Instant.now());
                assertThat(afterRun.path("parked").asLong()).isEqualTo(1);
                assertThat(afterRun.path("jobs").path("status").path("lastRun").isNull()).isTrue();
                assertThat(world.kravia.invoices(Landscape.CREDITOR)).hasSize(1);
                assertThat(DaemonFixtures.post(port, "/health", "{}").status()).isEqualTo(405);

                // The database host drops off the network. The first checks find broken connections in the pool;
                // once it is drained, the pool would wait 30 s for a new one: a monitor gets its 503 in time anyway.
                cable.cut();
                Duration patience = HealthEndpoint.DEFAULT_PATIENCE;
                Duration longest = Duration.ZERO;
                for (int check = 0; check < 10 && longest.compareTo(patience.minusSeconds(1)) < 0; check++) {
                    long before = System.nanoTime();
                    DaemonFixtures.Answer down = DaemonFixtures.get(port, "/health");
                    Duration took = Duration.ofNanos(System.nanoTime() - before);
                    assertThat(down.status()).as(down.body()).isEqualTo(503);
                    assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
                    assertThat(down.json().path("database").asText()).isEqualTo("DOWN");
                    assertThat(took).isLessThan(patience.plusSeconds(3));
                    longest = took.compareTo(longest) > 0 ? took : longest;
                }
                assertThat(longest).as("a check that had to give up waiting").isGreaterThan(patience.minusSeconds(1));

                // and back
                cable.plugIn();
                JsonNode back = await().atMost(Duration.ofSeconds(30)).until(() -> DaemonFixtures.get(port, "/health"),
                        answer -> answer.status() == 200).json();
                assertThat(back.path("database").asText()).isEqualTo("UP");
                assertThat(back.path("jobs").path("invoices").path("lastRun").path("sent").asInt()).isEqualTo(1);
            }
        }
    }

    private static JsonNode healthy(int port) {
        DaemonFixtures.Answer answer = DaemonFixtures.get(port, "/health");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
