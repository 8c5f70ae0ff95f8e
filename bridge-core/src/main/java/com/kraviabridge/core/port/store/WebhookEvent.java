package com.kraviabridge.core.port.store;

import java.time.Instant;

/**
 * A verified webhook call from Kravia. It only says that a case changed; the status job fetches the rest.
 *
 * @param id 0 until stored
 */
public record WebhookEvent(long id, long creditorId, long claimId, String eventType, long timestamp, Instant receivedAt) {
}
