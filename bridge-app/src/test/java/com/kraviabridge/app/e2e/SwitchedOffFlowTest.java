package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code schedule.<flow> = off}: a plain sync leaves the flow alone and says so; asked for by name, it runs. */
@Tag("slow")
class SwitchedOffFlowTest {

    @Test
    void aSyncWithoutFlowsSkipsASwitchedOffFlowAndSaysSoWhileFlowRunsIt() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", Map.of("schedule.invoices", "off"))) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").save();
            world.seed().invoice(bakery).currency("NOK").invoiceDate(today.minusDays(45))
                    .dueDate(today.minusDays(30)).amount("2500.00").save();

            Landscape.Cli check = world.cli("config", "check");
            assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("schedule.invoices = off (" + world.configFile + ":");

            Landscape.Cli sync = world.cli("sync");
            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
            assertThat(sync.out()).contains("invoices    switched off (schedule.invoices = off), skipped")
                    .contains("payments    company");
            assertThat(world.kravia.requests("POST", "invoice/register")).isEmpty();

            Landscape.Cli named = world.cli("sync", "--flow", "invoices");
            assertThat(named.exitCode()).as(named.out() + named.err()).isZero();
            assertThat(named.out()).doesNotContain("switched off");
            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);
        }
    }
}
