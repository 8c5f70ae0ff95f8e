package com.kraviabridge.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP endpoint where Kravia's webhooks (and health checks) arrive ({@code webhook.*}).
 *
 * @param port      0 turns the endpoint off
 * @param publicUrl where Kravia reaches this endpoint from the internet (through the reverse proxy), without the
 *                  {@code /webhooks/kravia/…} part; empty when webhooks are not set up through the bridge
 * @param tolerance how far a webhook's timestamp may be from our clock before it is refused
 * @param inboxRetention how long a webhook call is kept once the status flow has handled it
 */
public record WebhookConfig(
        int port,
        String bindAddress,
        Optional<URI> publicUrl,
        WebhookSignatureConfig signatureRule,
        Duration tolerance,
        int maxBodyBytes,
        Duration inboxRetention) {

    public boolean enabled() {
        return port != 0;
    }
}
