package com.kraviabridge.kravia;

import com.kraviabridge.kravia.webhook.KeyCasing;
import com.kraviabridge.kravia.webhook.VerifiedWebhook;
import com.kraviabridge.kravia.webhook.WebhookDedupKey;
import com.kraviabridge.kravia.webhook.WebhookSettings;
import com.kraviabridge.kravia.webhook.WebhookVerification;
import com.kraviabridge.kravia.webhook.WebhookVerification.Rejection;
import com.kraviabridge.kravia.webhook.WebhookVerifier;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.kravia.SimulatorSettings;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhook calls as the simulator sends them, configured through the adapter and checked by the verifier. */
class KraviaWebhookTest {

    private static final long CREDITOR = 501;
    private static final String SECRET = "creditor-501-webhook-secret";

    private KraviaSimulator simulator;
    private KraviaAdapter kravia;
    private HttpServer receiver;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        simulator = KraviaSimulator.start(SimulatorSettings.defaults().withFixedStart(Instant.parse("2025-05-02T08:00:00Z")));
        simulator.addCreditor(CREDITOR, "token-501");
        kravia = new KraviaAdapter(SimulatedKraviaContractTest.settings(simulator, "token-501"));
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/kravia/webhook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        kravia.webhooks().configure(CREDITOR,
                URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/kravia/webhook"), SECRET, true);
    }

    @AfterEach
    void stop() {
        simulator.close();
        receiver.stop(0);
    }

    @Test
    void theWebhookIsConfiguredThroughTheApi() {
        assertThat(simulator.webhookConfig(CREDITOR)).hasValueSatisfying(config -> {
            assertThat(config.secret()).isEqualTo(SECRET);
            assertThat(config.enabled()).isTrue();
        });
        assertThat(simulator.requests("PUT", "creditor/" + CREDITOR + "/webhook")).hasSize(1);
    }

    @Test
    void turningTheWebhookOffStopsTheCallsAndKeepsWhatWasNotSent() {
        kravia.webhooks().disable(CREDITOR, null, null);

        assertThat(simulator.webhookConfig(CREDITOR)).hasValueSatisfying(config -> {
            assertThat(config.enabled()).isFalse();
            assertThat(config.secret()).isEqualTo(SECRET);
        });
        assertThat(simulator.requests("PUT", "creditor/" + CREDITOR + "/webhook")).last()
                .satisfies(request -> assertThat(request.body()).isEqualTo("{\"enabled\":false}"));
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-OFF", "100")).kraviaInvoiceId();
        assertThat(simulator.webhookDeliveries(caseId)).isEmpty();
    }

    @Test
    void aGenuineCallIsAcceptedWithItsDeduplicationKey() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-WH", "100")).kraviaInvoiceId();
        String body = awaitCallFor(caseId);

        WebhookVerification verdict = verifierAt(simulator.clock().now()).verify(CREDITOR, body, SECRET);

        assertThat(verdict.isAccepted()).as(verdict.reason()).isTrue();
        VerifiedWebhook event = verdict.event();
        assertThat(event.claimId()).isEqualTo(caseId);
        assertThat(event.eventType()).isEqualTo("CaseUpdate");
        assertThat(event.dedupKey()).isEqualTo(new WebhookDedupKey(CREDITOR, caseId, simulator.clock().now().getEpochSecond()));
    }

    @Test
    void aDuplicateDeliveryHasTheSameDeduplicationKey() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-DUP", "100")).kraviaInvoiceId();
        String first = awaitCallFor(caseId);
        simulator.redeliver(simulator.webhookDeliveries(caseId).get(0).id());
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().filter(b -> b.equals(first)).count() == 2);

        WebhookVerifier verifier = verifierAt(simulator.clock().now());
        assertThat(verifier.verify(CREDITOR, first, SECRET).event().dedupKey())
                .isEqualTo(verifier.verify(CREDITOR, received.get(received.size() - 1), SECRET).event().dedupKey());
    }

    @Test
    void aTamperedCallIsRejected() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-TAMPER", "100")).kraviaInvoiceId();
        String tampered = awaitCallFor(caseId).replace("\"claimId\":" + caseId, "\"claimId\":" + (caseId + 1));

        WebhookVerification verdict = verifierAt(simulator.clock().now()).verify(CREDITOR, tampered, SECRET);

        assertThat(verdict.rejection()).isEqualTo(Rejection.BAD_SIGNATURE);
        assertThat(verdict.reason()).doesNotContain(SECRET);
    }

    @Test
    void aCallSignedWithAnotherSecretIsRejected() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-SECRET", "100")).kraviaInvoiceId();

        WebhookVerification verdict = verifierAt(simulator.clock().now())
                .verify(CREDITOR, awaitCallFor(caseId), "not-" + SECRET);

        assertThat(verdict.rejection()).isEqualTo(Rejection.BAD_SIGNATURE);
    }

    @Test
    void aStaleCallIsRejected() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-STALE", "100")).kraviaInvoiceId();
        String body = awaitCallFor(caseId);

        WebhookVerification verdict = verifierAt(simulator.clock().now().plus(Duration.ofMinutes(16)))
                .verify(CREDITOR, body, SECRET);

        assertThat(verdict.rejection()).isEqualTo(Rejection.STALE);
    }

    @Test
    void anotherSigningRuleIsFollowedWhenConfiguredAlike() {
        simulator.setSignatureRule(com.kraviabridge.sim.kravia.WebhookSigners
                .secretThenData(com.kraviabridge.sim.kravia.KeyCasing.PASCAL));
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-RULE", "100")).kraviaInvoiceId();
        String body = awaitCallFor(caseId);
        Clock atEvent = Clock.fixed(simulator.clock().now(), ZoneOffset.UTC);

        WebhookVerifier matching = new WebhookVerifier(
                new WebhookSettings("md5-secret-data", KeyCasing.PASCAL, WebhookSettings.DEFAULT_TOLERANCE), atEvent);
        WebhookVerifier primary = new WebhookVerifier(WebhookSettings.defaults(), atEvent);

        assertThat(matching.verify(CREDITOR, body, SECRET).isAccepted()).isTrue();
        assertThat(primary.verify(CREDITOR, body, SECRET).rejection()).isEqualTo(Rejection.BAD_SIGNATURE);
    }

    @Test
    void anUnknownEventTypeIsStillAcceptedWhenGenuine() {
        long caseId = kravia.cases().register(Cases.overdueInvoice(CREDITOR, "R-TYPE", "100")).kraviaInvoiceId();
        awaitCallFor(caseId);
        simulator.emitWebhook(caseId, "DocumentAdded");
        String body = await().atMost(Duration.ofSeconds(5))
                .until(() -> received.stream().filter(b -> b.contains("DocumentAdded")).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();

        WebhookVerification verdict = verifierAt(simulator.clock().now()).verify(CREDITOR, body, SECRET);

        assertThat(verdict.event().eventType()).isEqualTo("DocumentAdded");
    }

    private WebhookVerifier verifierAt(Instant now) {
        return new WebhookVerifier(WebhookSettings.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }

    private String awaitCallFor(long caseId) {
        return await().atMost(Duration.ofSeconds(5))
                .until(() -> received.stream().filter(b -> b.contains("\"claimId\":" + caseId + "}")).findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
