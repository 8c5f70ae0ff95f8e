package com.kraviabridge.kravia.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.kraviabridge.kravia.webhook.WebhookVerification.Rejection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies a call to our webhook receiver (docs/kravia-contract.md §11): pure logic over the raw body, no HTTP. The
 * body is {@code {"header":{"algorithm":"MD5"},"data":{"timestamp","eventType","claimId"},"signature"}}; the signature
 * is recomputed from the canonical data text and the creditor's secret with the configured {@link SignatureRule},
 * compared in constant time, and the timestamp must lie within the tolerance.
 */
public final class WebhookVerifier {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final SignatureRule rule;
    private final KeyCasing keyCasing;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookVerifier(WebhookSettings settings, Clock clock) {
        this.rule = settings.rule();
        this.keyCasing = settings.keyCasing();
        this.tolerance = settings.tolerance();
        this.clock = clock;
    }

    public WebhookVerification verify(long creditorId, String rawBody, String secret) {
        return verify(creditorId, rawBody == null ? null : rawBody.getBytes(StandardCharsets.UTF_8), secret);
    }

    public WebhookVerification verify(long creditorId, byte[] rawBody, String secret) {
        if (secret == null || secret.isEmpty()) {
            return WebhookVerification.rejected(Rejection.NO_SECRET,
                    "no webhook secret is configured for creditor " + creditorId);
        }
        JsonNode body;
        try {
            body = rawBody == null || rawBody.length == 0 ? null : JSON.readTree(rawBody);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return malformed("the body is not JSON (" + why + ")");
        }
        if (body == null || !body.isObject()) {
            return malformed("the body is not a JSON object");
        }
        String algorithm = text(member(member(body, "header"), "algorithm"));
        if (!"MD5".equalsIgnoreCase(algorithm)) {
            return WebhookVerification.rejected(Rejection.WRONG_ALGORITHM,
                    "header.algorithm is " + (algorithm == null ? "missing" : "'" + algorithm + "'") + ", not MD5");
        }
        JsonNode data = member(body, "data");
        JsonNode timestamp = member(data, "timestamp");
        JsonNode eventType = member(data, "eventType");
        JsonNode claimId = member(data, "claimId");
        if (!wholeNumber(timestamp) || !wholeNumber(claimId) || eventType == null || !eventType.isTextual()) {
            return malformed("data must hold a whole-number timestamp and claimId and a text eventType");
        }
        byte[] received = hex(text(member(body, "signature")));
        if (received == null) {
            return WebhookVerification.rejected(Rejection.BAD_SIGNATURE, "the signature is missing or not hex");
        }
        String canonical = keyCasing.canonicalData(timestamp.longValue(), quoted(eventType.textValue()),
                claimId.longValue());
        if (!MessageDigest.isEqual(rule.digest(canonical, secret), received)) {
            return WebhookVerification.rejected(Rejection.BAD_SIGNATURE, "the signature does not match (rule "
                    + rule.name() + ", " + keyCasing.name().toLowerCase(Locale.ROOT)
                    + " keys) for claim " + claimId.longValue() + " of creditor " + creditorId);
        }
        Instant sent = Instant.ofEpochSecond(timestamp.longValue());
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(tolerance))) {
            return WebhookVerification.rejected(Rejection.STALE, "the event of " + sent + " is older than "
                    + tolerance.toMinutes() + " minutes (now " + now + ")");
        }
        if (sent.isAfter(now.plus(tolerance))) {
            return WebhookVerification.rejected(Rejection.FROM_THE_FUTURE, "the event of " + sent + " lies more than "
                    + tolerance.toMinutes() + " minutes ahead (now " + now + ")");
        }
        return WebhookVerification.accepted(new VerifiedWebhook(creditorId, claimId.longValue(),
                eventType.textValue(), timestamp.longValue()));
    }

    /**
     * For a receiver with one address for all creditors: the payload names no creditor, so the creditor is
     * the one whose secret the signature matches. Rejected as a bad signature when none matches.
     */
    public WebhookVerification verifyForAnyCreditor(byte[] rawBody, Map<Long, String> secretsByCreditor) {
        for (Map.Entry<Long, String> creditor : new TreeMap<>(secretsByCreditor).entrySet()) {
            WebhookVerification verdict = verify(creditor.getKey(), rawBody, creditor.getValue());
            if (verdict.rejection() != Rejection.BAD_SIGNATURE && verdict.rejection() != Rejection.NO_SECRET) {
                return verdict; // accepted, or a verdict on the body itself that no other secret changes
            }
        }
        return WebhookVerification.rejected(Rejection.BAD_SIGNATURE,
                "the signature matches the secret of none of the " + secretsByCreditor.size() + " configured creditors");
    }

    private static WebhookVerification malformed(String reason) {
        return WebhookVerification.rejected(Rejection.MALFORMED, reason);
    }

    /** The member by exact name, else ignoring case; null when absent or not in an object. */
    private static JsonNode member(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (member.getKey().equalsIgnoreCase(name)) {
                return member.getValue();
            }
        }
        return null;
    }

    private static boolean wholeNumber(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong();
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The signature's bytes; null unless it is hex of an even length (either case). */
    private static byte[] hex(String signature) {
        if (signature == null || signature.isEmpty() || signature.length() % 2 != 0) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }
}
