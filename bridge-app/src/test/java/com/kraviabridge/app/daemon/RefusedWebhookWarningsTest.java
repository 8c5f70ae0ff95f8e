package com.kraviabridge.app.daemon;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.kraviabridge.kravia.webhook.WebhookSettings;
import com.kraviabridge.kravia.webhook.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whoever sends forged webhooks by the hundred does not fill the log: one warning per creditor and minute, and the
 * next one says how many were held back meanwhile.
 */
class RefusedWebhookWarningsTest {

    private static final long CREDITOR = 501;
    private static final long OTHER_CREDITOR = 502;

    private final Logger endpointLog = (Logger) LoggerFactory.getLogger(WebhookEndpoint.class);
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeEach
    void listen() {
        warnings.start();
        endpointLog.addAppender(warnings);
    }

    @AfterEach
    void stopListening() {
        endpointLog.detachAppender(warnings);
    }

    @Test
    void oneWarningPerCreditorAndMinuteWithTheCountOfTheOthers() {
        AtomicReference<Duration> later = new AtomicReference<>(Duration.ZERO);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(later.get());
            }
        };
        InMemoryInbox inbox = new InMemoryInbox();
        WebhookEndpoint webhooks = new WebhookEndpoint(new WebhookVerifier(WebhookSettings.defaults(), Clock.systemUTC()),
                Map.of(CREDITOR, "right-secret", OTHER_CREDITOR, "other-secret"), inbox, () -> { }, clock);
        int port = DaemonFixtures.freePort();
        try (BridgeHttpServer server = new BridgeHttpServer("127.0.0.1", port, HttpLimits.forBodiesUpTo(65_536),
                new Routes().under(WebhookEndpoint.PREFIX, webhooks))) {
            for (int call = 1; call <= 5; call++) {
                assertThat(forged(port, CREDITOR, call)).isEqualTo(401);
            }
            assertThat(forged(port, OTHER_CREDITOR, 1)).isEqualTo(401);
            assertThat(messages()).hasSize(2).satisfiesExactly(
                    first -> assertThat(first).startsWith("webhook for creditor 501 refused: ").doesNotContain("held back"),
                    second -> assertThat(second).startsWith("webhook for creditor 502 refused: "));

            later.set(WebhookEndpoint.REFUSAL_WARNING_PERIOD.plusSeconds(1));
            assertThat(forged(port, CREDITOR, 6)).isEqualTo(401);
            assertThat(messages()).hasSize(3).last().asString()
                    .startsWith("webhook for creditor 501 refused: ")
                    .endsWith(" (4 more like it held back since the last warning)");
            assertThat(inbox.stored).hasValue(0);
        }
    }

    private static int forged(int port, long creditor, long claim) {
        return DaemonFixtures.post(port, WebhookEndpoint.PREFIX + creditor,
                DaemonFixtures.signedCaseUpdate(claim, "a guessed secret")).status();
    }

    private List<String> messages() {
        return warnings.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
