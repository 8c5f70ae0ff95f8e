package com.kraviabridge.kravia.webhook;

/**
 * A webhook call whose signature and timestamp checked out. It only says that a case changed
 * (docs/kravia-contract.md §11.1); the details are fetched separately.
 *
 * @param timestamp the event's Unix time in seconds, as Kravia sent it
 */
public record VerifiedWebhook(long creditorId, long claimId, String eventType, long timestamp) {

    public WebhookDedupKey dedupKey() {
        return new WebhookDedupKey(creditorId, claimId, timestamp);
    }
}
