package com.kraviabridge.app.daemon;

import com.kraviabridge.core.store.WebhookEvent;
import com.kraviabridge.core.store.WebhookInbox;
import com.kraviabridge.kravia.webhook.VerifiedWebhook;
import com.kraviabridge.kravia.webhook.WebhookVerification;
import com.kraviabridge.kravia.webhook.WebhookVerifier;
import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;

/**
 * {@code POST /webhooks/kravia/{creditorId}}: a verified call goes into the inbox and wakes the status flow;
 * the answer comes at once, before any work, and says nothing about why a call was refused.
 */
final class WebhookEndpoint {

    static final String PREFIX = "/webhooks/kravia/";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final WebhookVerifier verifier;
    private final Map<Long, String> secretsByCreditor;
    private final WebhookInbox inbox;
    private final Runnable wakeStatusFlow;
    private final int maxBodyBytes;
    private final Clock clock;

    WebhookEndpoint(WebhookVerifier verifier, Map<Long, String> secretsByCreditor, WebhookInbox inbox,
                    Runnable wakeStatusFlow, int maxBodyBytes, Clock clock) {
        this.verifier = verifier;
        this.secretsByCreditor = Map.copyOf(secretsByCreditor);
        this.inbox = inbox;
        this.wakeStatusFlow = wakeStatusFlow;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            HttpReplies.send(exchange, 405, "method not allowed");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String idText = path.substring(PREFIX.length());
        if (!idText.matches("\\d{1,18}")) {
            HttpReplies.send(exchange, 404, "not found");
            return;
        }
        long creditorId = Long.parseLong(idText);
        String secret = secretsByCreditor.get(creditorId);
        if (secret == null) {
            HttpReplies.send(exchange, 404, "not found");
            return;
        }
        byte[] body = readLimited(exchange.getRequestBody());
        if (body == null) {
            HttpReplies.send(exchange, 413, "too large");
            return;
        }
        WebhookVerification verdict = verifier.verify(creditorId, body, secret);
        if (!verdict.isAccepted()) {
            LOG.warn("webhook for creditor {} refused: {}", creditorId, verdict.reason());
            int status = verdict.rejection() == WebhookVerification.Rejection.BAD_SIGNATURE
                    || verdict.rejection() == WebhookVerification.Rejection.NO_SECRET ? 401 : 400;
            HttpReplies.send(exchange, status, status == 401 ? "unauthorized" : "bad request");
            return;
        }
        VerifiedWebhook event = verdict.event();
        boolean fresh = inbox.add(new WebhookEvent(0, creditorId, event.claimId(), event.eventType(), event.timestamp(),
                clock.instant()));
        HttpReplies.send(exchange, 200, "ok");
        if (fresh) {
            try {
                wakeStatusFlow.run();
            } catch (RuntimeException e) {
                // Kravia has its answer already; the call waits in the inbox for the next status run.
                LOG.warn("webhook for claim {} stored, but the status flow could not be woken: {}", event.claimId(),
                        e.getMessage());
            }
        }
    }

    private byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBodyBytes + 1);
        return bytes.length > maxBodyBytes ? null : bytes;
    }
}
