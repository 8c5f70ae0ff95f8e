package com.kraviabridge.kravia.webhook;

/**
 * What makes two webhook deliveries the same event: Kravia may deliver one event more than once, and the
 * payload carries no event id, so the creditor, the claim and the event's timestamp stand in for one.
 */
public record WebhookDedupKey(long creditorId, long claimId, long timestamp) {

    /** A compact text form for a unique column or a log line. */
    @Override
    public String toString() {
        return creditorId + ":" + claimId + ":" + timestamp;
    }
}
