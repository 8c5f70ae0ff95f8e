package com.kraviabridge.app.daemon;

import com.kraviabridge.kravia.webhook.WebhookSettings;
import com.kraviabridge.kravia.webhook.WebhookVerifier;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When the bridge's own side fails under a webhook call: a store that cannot take the call answers 500, so Kravia
 * tries again later; a status flow that cannot be woken does not undo the 200 of a call already stored.
 */
class WebhookFailuresTest {

    private static final long CREDITOR = 501;
    private static final String SECRET = "hook-secret";

    @Test
    void aStoreFailureIsA500AndAFailedWakeUpStillA200() {
        AtomicInteger wakeUps = new AtomicInteger();
        InMemoryInbox inbox = new InMemoryInbox();
        int port = DaemonFixtures.freePort();
        WebhookEndpoint webhooks = new WebhookEndpoint(new WebhookVerifier(WebhookSettings.defaults(), Clock.systemUTC()),
                Map.of(CREDITOR, SECRET), inbox, () -> {
                    wakeUps.incrementAndGet();
                    throw new IllegalStateException("scheduler shut down");
                }, Clock.systemUTC());
        try (BridgeHttpServer server = new BridgeHttpServer("127.0.0.1", port, HttpLimits.forBodiesUpTo(65_536),
                new Routes().under(WebhookEndpoint.PREFIX, webhooks))) {
            String path = WebhookEndpoint.PREFIX + CREDITOR;

            inbox.failing = true;
            assertThat(DaemonFixtures.post(port, path, DaemonFixtures.signedCaseUpdate(1, SECRET))).isEqualTo(new DaemonFixtures.Answer(500, "error"));
            assertThat(wakeUps).hasValue(0);

            inbox.failing = false;
            assertThat(DaemonFixtures.post(port, path, DaemonFixtures.signedCaseUpdate(2, SECRET))).isEqualTo(new DaemonFixtures.Answer(200, "ok"));
            assertThat(inbox.stored).hasValue(1);
            // the wake-up comes after the answer, by design
            await().atMost(Duration.ofSeconds(10)).until(() -> wakeUps.get() == 1);
        }
    }

}
