package com.kraviabridge.app.e2e;

import com.kraviabridge.app.daemon.DatabaseCable;
import com.kraviabridge.sim.kravia.HeldAnswer;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bridge's database goes away in the middle of {@code bridge sync}: the run stops within
 * db.connect-timeout-seconds, says it cannot reach the database server, and still shows what it did before.
 */
@Tag("slow")
class DatabaseLostMidSyncTest {

    @Test
    void aDatabaseLostMidSyncStopsTheRunWithinTheConnectTimeoutShowingTheSummarySoFar() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", Map.of("db.connect-timeout-seconds", "2"));
             DatabaseCable cable = new DatabaseCable(world.setting("db.url"))) {
            world.set("db.url", cable.jdbcUrl());
            String server = cable.jdbcUrl().replaceAll("jdbc:mariadb://([^/]+)/.*", "$1");
            world.odoo.setToday(today);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").save();
            world.seed().invoice(bakery).currency("NOK").invoiceDate(today.minusDays(45))
                    .dueDate(today.minusDays(30)).amount("2500.00").save();
            // The invoices flow goes first and ends before any flow reads Kravia's case feed.
            HeldAnswer feed = world.kravia.faults().forPath("invoice/search").holdNextAnswer();

            CompletableFuture<Landscape.Cli> sync = CompletableFuture.supplyAsync(() -> world.cli("sync"));
            await().atMost(Duration.ofSeconds(60)).until(feed::isHeld);
            cable.cut();
            long cutAt = System.nanoTime();
            feed.release();
            Landscape.Cli run = sync.get(120, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - cutAt);

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).as(run.out() + run.err()).contains("Summary")
                    .containsPattern("(?m)^invoices\\s+\\d+\\s+1\\s")
                    .contains("cannot reach the database server " + server, "waited at most 2 s");
            assertThat(run.out()).as("the flows after the stopped one did not run")
                    .doesNotContain("settlements company").doesNotContainPattern("(?m)^settlements\\s+\\d+");
            assertThat(run.out() + run.err()).doesNotContain("Socket error").doesNotContain("\tat ");
            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);
            assertThat(took).as("from the cut to the exit").isLessThan(Duration.ofSeconds(15));
        }
    }
}
