package com.kraviabridge.kravia.webhook;

import java.util.Optional;

/**
 * The verdict on one webhook call: the verified event, or why it was rejected. The reason is meant for our
 * logs; it never contains the secret nor the signature we expected.
 */
public record WebhookVerification(VerifiedWebhook event, Rejection rejection, String reason) {

    public enum Rejection {
        /** Not the JSON shape of docs/kravia-contract.md §11.2, or a member missing or of the wrong type. */
        MALFORMED,
        /** {@code header.algorithm} is not MD5. */
        WRONG_ALGORITHM,
        /** The signature does not match the data and the creditor's secret (tampered, or another secret). */
        BAD_SIGNATURE,
        /** Older than the tolerance allows: a replay, or a delivery that took far too long. */
        STALE,
        /** Further in the future than the tolerance allows. */
        FROM_THE_FUTURE,
        /** We have no secret for this creditor, so nothing can be verified. */
        NO_SECRET
    }

    static WebhookVerification accepted(VerifiedWebhook event) {
        return new WebhookVerification(event, null, null);
    }

    static WebhookVerification rejected(Rejection rejection, String reason) {
        return new WebhookVerification(null, rejection, reason);
    }

    public boolean isAccepted() {
        return event != null;
    }

    public Optional<VerifiedWebhook> verified() {
        return Optional.ofNullable(event);
    }
}
