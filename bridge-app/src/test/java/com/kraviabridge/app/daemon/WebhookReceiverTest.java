package com.kraviabridge.app.daemon;

import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.kravia.CaseStatus;
import com.kraviabridge.sim.kravia.DeliveryAttempt;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.WebhookSigners;
import com.kraviabridge.sim.kravia.SimClock;
import com.kraviabridge.sim.kravia.WebhookDelivery;
import com.kraviabridge.sim.kravia.WebhookEvent;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kravia's webhook, end to end: the simulator signs and POSTs a CaseUpdate to the daemon, which checks it, keeps
 * it in the inbox and wakes the status flow, which writes the status note on the Odoo invoice; no poll is
 * scheduled meanwhile. Forged, stale, oversized, misaddressed and repeated calls do nothing.
 */
@Tag("slow")
class WebhookReceiverTest {

    private static final int MAX_BODY = 1024;

    @Test
    void aCaseUpdateReachesTheOdooInvoiceWithoutAPollAndBadCallsDoNothing() {
        int port = DaemonFixtures.freePort();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of(
                "webhook.port", Integer.toString(port), "webhook.bind-address", "127.0.0.1",
                "webhook.max-body-bytes", Integer.toString(MAX_BODY))));
             Bridge bridge = world.bridge();
             // The daemon keeps Kravia's time: the simulator's clock jumps days ahead, and the webhook's
             // timestamp with it, which the replay guard compares with our clock.
             Daemon daemon = Daemon.start(bridge, clockOf(world.kravia.clock()), 5_000)) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").save();
            InvoiceRef invoice = world.seed().invoice(bakery).invoiceDate(today.minusDays(44))
                    .dueDate(today.minusDays(30)).amount("12500.00").save();
            JobRuns runs = new JobRuns(bridge.database().cursors());
            String path = WebhookEndpoint.PREFIX + Landscape.CREDITOR;

            // the case is registered by a run of the invoice flow
            daemon.scheduler().runNow(FlowReport.Flow.INVOICES);
            await().atMost(Duration.ofSeconds(20)).until(() -> runs.last(FlowReport.Flow.INVOICES).isPresent());
            assertThat(runs.last(FlowReport.Flow.INVOICES).orElseThrow().sent()).isEqualTo(1);
            InvoiceSnapshot registered = world.kravia.invoices(Landscape.CREDITOR).get(0);
            long claim = registered.id();
            assertThat(registered.accountingInvoiceId()).isEqualTo(Integer.toString(invoice.id()));
            assertThat(runs.last(FlowReport.Flow.STATUS)).isEmpty();

            // Kravia is told where to call, then the case moves on
            world.kravia.configureWebhook(Landscape.CREDITOR, "http://127.0.0.1:" + port + path,
                    Landscape.WEBHOOK_SECRET, true);
            for (int day = 0; world.kravia.invoice(claim).status() == CaseStatus.REGISTERED; day++) {
                assertThat(day).as("days until the collection notice").isLessThan(40);
                world.kravia.clock().advanceDays(1);
            }
            assertThat(world.kravia.invoice(claim).status()).isEqualTo(CaseStatus.COLLECTION_NOTICE);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> countContaining(notes(world.odooDb, invoice.id()), "COLLECTION_NOTICE") == 1);
            // the status flow ran, woken by the call: its own schedule is 2099, and it fetched the named case
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.last(FlowReport.Flow.STATUS).isPresent());
            assertThat(daemon.scheduler().nextRun(FlowReport.Flow.STATUS)).hasValueSatisfying(
                    next -> assertThat(next).isAfter(Instant.now().plus(Duration.ofDays(365))));
            assertThat(world.kravia.requests("GET", "invoice/" + claim + "/details")).isNotEmpty();
            WebhookDelivery call = world.kravia.webhookDeliveries(claim).stream().filter(WebhookDelivery::delivered)
                    .max(Comparator.comparing(WebhookDelivery::id)).orElseThrow();
            assertThat(call.attempts()).last().extracting(DeliveryAttempt::status).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> bridge.database().webhookInbox().countPending() == 0);
            long inboxRows = inboxRows(bridge);
            assertThat(inboxRows).isEqualTo(world.kravia.webhookDeliveries().stream()
                    .filter(WebhookDelivery::delivered).map(d -> d.event().timestamp()).distinct().count());

            // the same call again, byte for byte: answered, but neither stored nor noted twice
            WebhookDelivery again = world.kravia.redeliver(call.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> world.kravia.webhookDeliveries().stream()
                    .anyMatch(d -> d.id() == again.id() && d.delivered()));

            // forged: another claim under the same signature, or another signature
            String body = call.body();
            assertThat(DaemonFixtures.post(port, path, body.replace("\"claimId\":" + claim, "\"claimId\":" + (claim + 1))))
                    .isEqualTo(new DaemonFixtures.Answer(401, "unauthorized"));
            assertThat(DaemonFixtures.post(port, path, body.replace(call.signature(), flipFirstDigit(call.signature()))))
                    .isEqualTo(new DaemonFixtures.Answer(401, "unauthorized"));
            // correctly signed, but from an hour ago or an hour ahead
            Instant kraviaNow = world.kravia.clock().now();
            assertThat(DaemonFixtures.post(port, path, signed(kraviaNow.minus(Duration.ofHours(1)), claim)))
                    .isEqualTo(new DaemonFixtures.Answer(400, "bad request"));
            assertThat(DaemonFixtures.post(port, path, signed(kraviaNow.plus(Duration.ofHours(1)), claim)))
                    .isEqualTo(new DaemonFixtures.Answer(400, "bad request"));
            assertThat(DaemonFixtures.post(port, path, "not json").status()).isEqualTo(400);
            // the size limit: a genuine call padded to the limit passes (as the duplicate it is), one byte more not
            assertThat(DaemonFixtures.post(port, path, padded(body, MAX_BODY)).status()).isEqualTo(200);
            assertThat(DaemonFixtures.post(port, path, padded(body, MAX_BODY + 1)))
                    .isEqualTo(new DaemonFixtures.Answer(413, "too large"));
            // a creditor we do not serve, a path that names none, a method we do not take
            assertThat(DaemonFixtures.post(port, WebhookEndpoint.PREFIX + "999", body).status()).isEqualTo(404);
            assertThat(DaemonFixtures.post(port, WebhookEndpoint.PREFIX + "abc", body).status()).isEqualTo(404);
            assertThat(DaemonFixtures.get(port, path).status()).isEqualTo(405);

            assertThat(inboxRows(bridge)).isEqualTo(inboxRows);
            assertThat(countContaining(notes(world.odooDb, invoice.id()), "COLLECTION_NOTICE")).isEqualTo(1);

            // control: the hand-made call of the refused ones, with a current timestamp (a later one than the
            // delivered call's, so another event), is taken
            assertThat(DaemonFixtures.post(port, path, signed(world.kravia.clock().now().plusSeconds(120), claim))
                    .status())
                    .isEqualTo(200);
            assertThat(inboxRows(bridge)).isEqualTo(inboxRows + 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> bridge.database().webhookInbox().countPending() == 0);
            assertThat(countContaining(notes(world.odooDb, invoice.id()), "COLLECTION_NOTICE")).isEqualTo(1);
        }
    }

    /** A CaseUpdate as Kravia would send it, signed with the creditor's secret by the simulator's rule. */
    private static String signed(Instant at, long claim) {
        WebhookEvent event = new WebhookEvent(at.getEpochSecond(), WebhookEvent.CASE_UPDATE, claim);
        String signature = WebhookSigners.primary().sign(event, Landscape.WEBHOOK_SECRET);
        return "{\"header\":{\"algorithm\":\"MD5\"},\"data\":{\"timestamp\":" + event.timestamp()
                + ",\"eventType\":\"" + event.eventType() + "\",\"claimId\":" + claim + "},\"signature\":\""
                + signature + "\"}";
    }

    /** The JSON text followed by blanks up to {@code size} bytes (still the same JSON). */
    private static String padded(String json, int size) {
        assertThat(json.length()).isLessThan(size);
        return json + " ".repeat(size - json.length());
    }

    private static String flipFirstDigit(String hex) {
        char first = hex.charAt(0);
        return (first == '0' ? '1' : '0') + hex.substring(1);
    }

    private static long inboxRows(Bridge bridge) {
        return DaemonFixtures.count(bridge.database().dataSource(), "SELECT COUNT(*) FROM webhook_inbox");
    }

    private static List<String> notes(SimDatabase db, int invoiceId) {
        return db.search("mail.message", List.of(List.of("model", "=", "account.move"), List.of("res_id", "=", invoiceId)))
                .stream().map(id -> String.valueOf(db.read("mail.message", id, "body").get("body"))).toList();
    }

    private static long countContaining(List<String> notes, String text) {
        return notes.stream().filter(n -> n.contains(text)).count();
    }

    private static Clock clockOf(SimClock sim) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("Kravia's time is UTC");
            }

            @Override
            public Instant instant() {
                return sim.now();
            }
        };
    }
}
