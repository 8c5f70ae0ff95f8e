package com.kraviabridge.config;

import java.time.Duration;

/**
 * The HTTP endpoint where Kravia's webhooks (and health checks) arrive ({@code webhook.*}).
 *
 * @param port      0 turns the endpoint off
 * @param tolerance how far a webhook's timestamp may be from our clock before it is refused
 */
public record WebhookSettings(
        int port,
        String bindAddress,
        SignatureRule signatureRule,
        Duration tolerance,
        int maxBodyBytes) {

    public boolean enabled() {
        return port != 0;
    }
}
