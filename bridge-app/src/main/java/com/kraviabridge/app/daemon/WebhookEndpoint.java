package com.kraviabridge.app.daemon;

import com.kraviabridge.core.port.store.WebhookEvent;
import com.kraviabridge.core.port.store.WebhookInbox;
import com.kraviabridge.kravia.webhook.VerifiedWebhook;
import com.kraviabridge.kravia.webhook.WebhookVerification;
import com.kraviabridge.kravia.webhook.WebhookVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * {@code POST /webhooks/kravia/{creditorId}}: a verified call goes into the inbox and wakes the status flow;
 * the answer comes at once, before any work, and says nothing about why a call was refused. The body arrives read
 * and within {@code webhook.max-body-bytes}: the server answers 413 to a larger one.
 */
final class WebhookEndpoint implements Route {

    static final String PREFIX = "/webhooks/kravia/";
    /** At most one warning a minute about refused calls for one creditor, whoever sends them. */
    static final Duration REFUSAL_WARNING_PERIOD = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEndpoint.class);

    private final WebhookVerifier verifier;
    private final Map<Long, String> secretsByCreditor;
    private final WebhookInbox inbox;
    private final Runnable wakeStatusFlow;
    private final Clock clock;
    private final WarningThrottle refusals;

    WebhookEndpoint(WebhookVerifier verifier, Map<Long, String> secretsByCreditor, WebhookInbox inbox,
                    Runnable wakeStatusFlow, Clock clock) {
        this.verifier = verifier;
        this.secretsByCreditor = Map.copyOf(secretsByCreditor);
        this.inbox = inbox;
        this.wakeStatusFlow = wakeStatusFlow;
        this.clock = clock;
        this.refusals = new WarningThrottle(LOG, clock, REFUSAL_WARNING_PERIOD);
    }

    @Override
    public HttpAnswer answer(HttpCall call) {
        if (!"POST".equals(call.method())) {
            return HttpAnswer.text(405, "method not allowed");
        }
        String idText = call.path().substring(PREFIX.length());
        if (!idText.matches("\\d{1,18}")) {
            return HttpAnswer.text(404, "not found");
        }
        long creditorId = Long.parseLong(idText);
        String secret = secretsByCreditor.get(creditorId);
        if (secret == null) {
            return HttpAnswer.text(404, "not found");
        }
        WebhookVerification verdict = verifier.verify(creditorId, call.body(), secret);
        if (!verdict.isAccepted()) {
            // keyed by creditor: only the configured ones get this far, so the throttle's memory stays small
            refusals.warn(creditorId, "webhook for creditor {} refused: {}", creditorId, verdict.reason());
            int status = verdict.rejection() == WebhookVerification.Rejection.BAD_SIGNATURE
                    || verdict.rejection() == WebhookVerification.Rejection.NO_SECRET ? 401 : 400;
            return HttpAnswer.text(status, status == 401 ? "unauthorized" : "bad request");
        }
        VerifiedWebhook event = verdict.event();
        boolean fresh = inbox.add(new WebhookEvent(0, creditorId, event.claimId(), event.eventType(), event.timestamp(),
                clock.instant()));
        HttpAnswer ok = HttpAnswer.text(200, "ok");
        return fresh ? ok.thenRun(() -> wake(event.claimId())) : ok;
    }

    private void wake(long claimId) {
        try {
            wakeStatusFlow.run();
        } catch (RuntimeException e) {
            // Kravia has its answer already; the call waits in the inbox for the next status run.
            LOG.warn("webhook for claim {} stored, but the status flow could not be woken: {}", claimId,
                    e.getMessage());
        }
    }
}
