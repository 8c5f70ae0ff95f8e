package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed CaseUpdate calls to a receiver on loopback (docs/kravia-contract.md §11). */
class WebhookTest extends SimulatorTest {

    private static final String SECRET = "demo-secret-123";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private WebhookReceiver receiver;

    @Override
    SimulatorSettings settings() {
        return super.settings().withWebhookRetries(3, Duration.ofMillis(50), Duration.ofSeconds(2));
    }

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private void enableOverHttp() {
        Http.Reply reply = http.put("/api/v2/creditor/501/webhook", TOKEN,
                "{\"url\": \"" + receiver.url() + "\", \"secret\": \"" + SECRET + "\", \"enabled\": true}");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().has("secret")).isFalse();
    }

    /** Computed here from the rule's words (docs/kravia-contract.md §11.4), not with the simulator's signer. */
    private static String expectedSignature(JsonNode data) throws Exception {
        String canonical = "{\"timestamp\":" + data.get("timestamp").asLong() + ",\"eventType\":\""
                + data.get("eventType").asText() + "\",\"claimId\":" + data.get("claimId").asLong() + "}";
        byte[] digest = MessageDigest.getInstance("MD5").digest((canonical + SECRET).getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, digest));
    }

    @Test
    void aChangeSendsOneSignedCaseUpdate() throws Exception {
        enableOverHttp();
        long id = register("1", "1000");

        await().atMost(PATIENCE).until(() -> receiver.bodies().size() == 1);
        JsonNode body = Http.MAPPER.readTree(receiver.bodies().get(0));
        assertThat(body.get("header").get("algorithm").asText()).isEqualTo("MD5");
        JsonNode data = body.get("data");
        assertThat(data.get("eventType").asText()).isEqualTo("CaseUpdate");
        assertThat(data.get("claimId").asLong()).isEqualTo(id);
        assertThat(data.get("timestamp").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(body.get("signature").asText()).isEqualTo(expectedSignature(data));
        assertThat(receiver.bodies().get(0))
                .startsWith("{\"header\":{\"algorithm\":\"MD5\"},\"data\":{\"timestamp\":");
        await().atMost(PATIENCE).until(() -> sim.webhookDeliveries().get(0).delivered());
    }

    @Test
    void everyLifecycleStepIsAnnounced() {
        sim.configureWebhook(CREDITOR, receiver.url(), SECRET, true);
        long id = register("1", "1000");
        sim.clock().advanceDays(28);

        await().atMost(PATIENCE).until(() -> receiver.bodies().size() == 3);
        assertThat(sim.webhookDeliveries(id)).hasSize(3).allSatisfy(d -> assertThat(d.claimId()).isEqualTo(id));
    }

    @Test
    void aFailedCallIsTriedAgain() {
        receiver.answerNext(500);
        enableOverHttp();
        register("1", "1000");

        await().atMost(PATIENCE).until(() -> sim.webhookDeliveries().get(0).delivered());
        WebhookDelivery delivery = sim.webhookDeliveries().get(0);
        assertThat(delivery.attempts()).extracting(DeliveryAttempt::status).containsExactly(500, 200);
        assertThat(receiver.bodies()).hasSize(2).containsOnly(delivery.body());
    }

    @Test
    void deliveryGivesUpAfterTheLastAttempt() {
        receiver.answerNext(503, 502, 500);
        enableOverHttp();
        register("1", "1000");

        await().atMost(PATIENCE).until(() -> sim.webhookDeliveries().get(0).state() == DeliveryState.FAILED);
        assertThat(sim.webhookDeliveries().get(0).attempts()).hasSize(3);
    }

    @Test
    void anUnreachableReceiverCountsAsAFailedAttempt() {
        String url = receiver.url();
        receiver.close();
        sim.configureWebhook(CREDITOR, url, SECRET, true);
        register("1", "1000");

        await().atMost(PATIENCE).until(() -> sim.webhookDeliveries().get(0).state() == DeliveryState.FAILED);
        assertThat(sim.webhookDeliveries().get(0).attempts()).allSatisfy(a -> {
            assertThat(a.status()).isZero();
            assertThat(a.error()).isNotBlank();
        });
    }

    @Test
    void aDisabledWebhookSendsNothing() {
        enableOverHttp();
        assertThat(http.put("/api/v2/creditor/501/webhook", TOKEN, "{\"enabled\": false}").status()).isEqualTo(200);
        long id = register("1", "1000");
        sim.clock().advanceDays(14);
        sim.touch(id);

        assertThat(sim.webhookDeliveries()).isEmpty();
        assertThat(receiver.bodies()).isEmpty();
        assertThat(sim.webhookConfig(CREDITOR)).hasValueSatisfying(c -> {
            assertThat(c.enabled()).isFalse();
            assertThat(c.url()).isEqualTo(receiver.url());
        });
    }

    @Test
    void configurationIsValidated() {
        Http.Reply reply = http.put("/api/v2/creditor/501/webhook", TOKEN, "{\"url\": \"not a url\", \"enabled\": true}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").fieldNames()).toIterable().contains("url", "secret");
    }

    @Test
    void anotherSigningRuleCanBeSwitchedIn() {
        sim.configureWebhook(CREDITOR, receiver.url(), SECRET, true);
        sim.setSignatureRule(WebhookSigners.dataThenSecret(KeyCasing.PASCAL));
        long id = register("1", "1000");

        await().atMost(PATIENCE).until(() -> receiver.bodies().size() == 1);
        WebhookEvent event = new WebhookEvent(START.getEpochSecond(), "CaseUpdate", id);
        assertThat(sim.webhookDeliveries().get(0).signature())
                .isEqualTo(WebhookSigners.dataThenSecret(KeyCasing.PASCAL).sign(event, SECRET))
                .isNotEqualTo(WebhookSigners.primary().sign(event, SECRET));
        assertThat(receiver.bodies().get(0)).contains("\"timestamp\":").doesNotContain("\"Timestamp\"");
    }

    @Test
    void duplicatesAndUnknownEventTypesCanBeSentOnPurpose() {
        sim.configureWebhook(CREDITOR, receiver.url(), SECRET, true);
        long id = register("1", "1000");
        await().atMost(PATIENCE).until(() -> receiver.bodies().size() == 1);

        sim.redeliver(sim.webhookDeliveries().get(0).id());
        sim.emitWebhook(id, "SomethingNew");

        await().atMost(PATIENCE).until(() -> receiver.bodies().size() == 3);
        assertThat(receiver.bodies()).filteredOn(b -> b.equals(receiver.bodies().get(0))).hasSize(2);
        assertThat(receiver.bodies()).anySatisfy(b -> assertThat(b).contains("\"eventType\":\"SomethingNew\""));
    }
}
