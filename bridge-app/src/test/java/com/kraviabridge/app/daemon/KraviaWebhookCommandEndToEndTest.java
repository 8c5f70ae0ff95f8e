package com.kraviabridge.app.daemon;

import com.kraviabridge.app.BridgeCommand;
import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.logging.Secrets;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.kravia.DeliveryAttempt;
import com.kraviabridge.sim.kravia.WebhookDelivery;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bridge kravia webhook} for real: the command tells the Kravia simulator the public URL and the secret from
 * the configuration, the simulator then signs and POSTs its calls there, and the running daemon accepts them and
 * wakes the status flow; {@code --off} stops the calls again.
 */
@Tag("slow")
class KraviaWebhookCommandEndToEndTest {

    @AfterEach
    void forgetSecrets() {
        Secrets.forgetAll();
    }

    @Test
    void theCommandPointsKraviaAtTheDaemonWhichThenTakesItsSignedCalls() {
        int port = DaemonFixtures.freePort();
        String publicUrl = "http://127.0.0.1:" + port;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of(
                "webhook.port", Integer.toString(port), "webhook.bind-address", "127.0.0.1",
                "webhook.public-url", publicUrl)))) {
            String receiver = publicUrl + "/webhooks/kravia/" + Landscape.CREDITOR;

            Run on = bridge(world, "kravia", "webhook");

            assertThat(on.exitCode()).as(on.all()).isZero();
            assertThat(on.out()).isEqualTo("creditor " + Landscape.CREDITOR + " (Odoo company " + world.company.id()
                    + "): webhook on, calls go to " + receiver + ", signed with creditor." + world.company.id()
                    + ".webhook-secret" + System.lineSeparator());
            assertThat(on.all()).doesNotContain(Landscape.WEBHOOK_SECRET).doesNotContain(Landscape.TOKEN);
            // a loopback address works for this test only: out there, Kravia could not reach it
            assertThat(on.err()).contains("warning: ", "webhook.public-url", "loopback address, which Kravia cannot reach",
                    "should be https");
            assertThat(world.kravia.webhookConfig(Landscape.CREDITOR)).hasValueSatisfying(config -> {
                assertThat(config.url()).isEqualTo(receiver);
                assertThat(config.secret()).isEqualTo(Landscape.WEBHOOK_SECRET);
                assertThat(config.enabled()).isTrue();
            });

            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                world.odoo.setToday(today);
                PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                        .address("Bryggen 3", "5003", "Bergen", "NO").save();
                world.seed().invoice(bakery).invoiceDate(today.minusDays(44)).dueDate(today.minusDays(30))
                        .amount("12500.00").save();
                JobRuns runs = new JobRuns(bridge.database().cursors());

                // registering the case is a change Kravia announces; the daemon checks the signature and says 200
                daemon.scheduler().runNow(FlowReport.Flow.INVOICES);
                await().atMost(Duration.ofSeconds(20)).until(() -> runs.last(FlowReport.Flow.INVOICES).isPresent());
                long claim = world.kravia.invoices(Landscape.CREDITOR).get(0).id();
                WebhookDelivery call = await().atMost(Duration.ofSeconds(20))
                        .until(() -> world.kravia.webhookDeliveries(claim), calls -> calls.stream()
                                .anyMatch(WebhookDelivery::delivered)).stream()
                        .filter(WebhookDelivery::delivered).findFirst().orElseThrow();
                assertThat(call.url()).isEqualTo(receiver);
                assertThat(call.attempts()).last().extracting(DeliveryAttempt::status).isEqualTo(200);
                // the call woke the status flow, whose own schedule is 2099
                await().atMost(Duration.ofSeconds(20)).until(() -> runs.last(FlowReport.Flow.STATUS).isPresent());
                assertThat(world.kravia.requests("GET", "invoice/" + claim + "/details")).isNotEmpty();

                Run off = bridge(world, "kravia", "webhook", "--off");

                assertThat(off.exitCode()).as(off.all()).isZero();
                assertThat(off.out()).isEqualTo("creditor " + Landscape.CREDITOR + " (Odoo company "
                        + world.company.id() + "): webhook off" + System.lineSeparator());
                assertThat(world.kravia.webhookConfig(Landscape.CREDITOR)).hasValueSatisfying(
                        config -> assertThat(config.enabled()).isFalse());
                int calls = world.kravia.webhookDeliveries().size();
                assertThat(world.kravia.emitWebhook(claim, "CaseUpdate")).isEmpty();
                world.kravia.touch(claim);
                assertThat(world.kravia.webhookDeliveries()).hasSize(calls);
            }
        }
    }

    private record Run(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run bridge(Landscape world, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> full = new java.util.ArrayList<>(List.of(args));
        full.addAll(List.of("--config", world.configFile.toString()));
        int code = BridgeCommand.execute(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true),
                full.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
