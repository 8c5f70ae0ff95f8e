package com.kraviabridge.kravia.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhook calls are verified.
 *
 * @param signatureRule the rule's configuration name ({@code md5-data-secret} by default, see {@link SignatureRules})
 * @param keyCasing     the property names in the signed text
 * @param tolerance     how far the event's timestamp may lie from our clock, either way (replay guard; Kravia
 *                      documents none)
 */
public record WebhookSettings(String signatureRule, KeyCasing keyCasing, Duration tolerance) {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(15);

    public WebhookSettings {
        signatureRule = SignatureRules.named(signatureRule).name();
        keyCasing = keyCasing == null ? KeyCasing.CAMEL : keyCasing;
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("the webhook timestamp tolerance cannot be negative");
        }
    }

    public static WebhookSettings defaults() {
        return new WebhookSettings(SignatureRules.DEFAULT, KeyCasing.CAMEL, DEFAULT_TOLERANCE);
    }

    public SignatureRule rule() {
        return SignatureRules.named(signatureRule);
    }
}
