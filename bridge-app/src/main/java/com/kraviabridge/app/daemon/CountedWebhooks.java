package com.kraviabridge.app.daemon;

import com.kraviabridge.app.metrics.BridgeMetrics;

import java.io.IOException;

/**
 * Counts the webhook calls by how they were answered, from the answer alone, so the endpoint itself stays about
 * webhooks. A call refused before it reached the endpoint (too large, too slow) is not counted here.
 */
final class CountedWebhooks implements Route {

    private final Route webhooks;
    private final BridgeMetrics metrics;

    CountedWebhooks(Route webhooks, BridgeMetrics metrics) {
        this.webhooks = webhooks;
        this.metrics = metrics;
    }

    @Override
    public HttpAnswer answer(HttpCall call) throws IOException {
        HttpAnswer answer = webhooks.answer(call);
        if (answer.status() == 200) {
            metrics.webhookDelivery("accepted", "none");
        } else {
            metrics.webhookDelivery("refused", reason(answer.status()));
        }
        return answer;
    }

    private static String reason(int status) {
        return switch (status) {
            case 401 -> "signature";
            case 400 -> "malformed";
            case 404 -> "unknown_creditor";
            case 405 -> "method";
            default -> "status_" + status;
        };
    }
}
