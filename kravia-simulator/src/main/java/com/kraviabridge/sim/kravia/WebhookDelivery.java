package com.kraviabridge.sim.kravia;

import java.util.List;

/**
 * One webhook call (with all its attempts) as it stands. {@code body} is the exact JSON text POSTed.
 */
public record WebhookDelivery(long id, long creditorId, WebhookEvent event, String url, String body,
                              String signature, DeliveryState state, List<DeliveryAttempt> attempts) {

    public WebhookDelivery {
        attempts = List.copyOf(attempts);
    }

    public long claimId() {
        return event.claimId();
    }

    public boolean delivered() {
        return state == DeliveryState.DELIVERED;
    }
}
