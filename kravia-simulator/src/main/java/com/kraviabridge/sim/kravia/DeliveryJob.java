package com.kraviabridge.sim.kravia;

import java.util.ArrayList;
import java.util.List;

/** One webhook call in progress. Attempts finish on HTTP client threads, hence the locking. */
final class DeliveryJob {

    private final long id;
    private final long creditorId;
    private final WebhookEvent event;
    private final String url;
    private final String body;
    private final String signature;
    private final List<DeliveryAttempt> attempts = new ArrayList<>();
    private DeliveryState state = DeliveryState.PENDING;

    DeliveryJob(long id, long creditorId, WebhookEvent event, String url, String body, String signature) {
        this.id = id;
        this.creditorId = creditorId;
        this.event = event;
        this.url = url;
        this.body = body;
        this.signature = signature;
    }

    long id() {
        return id;
    }

    String url() {
        return url;
    }

    String body() {
        return body;
    }

    /** Records the attempt, settles the state, and tells whether another attempt is due. */
    synchronized boolean attempted(DeliveryAttempt attempt, int maxAttempts) {
        attempts.add(attempt);
        if (attempt.succeeded()) {
            state = DeliveryState.DELIVERED;
        } else if (attempts.size() >= maxAttempts) {
            state = DeliveryState.FAILED;
        }
        return state == DeliveryState.PENDING;
    }

    synchronized int attemptCount() {
        return attempts.size();
    }

    synchronized void giveUp(DeliveryAttempt attempt) {
        attempts.add(attempt);
        state = DeliveryState.FAILED;
    }

    DeliveryJob copy(long newId) {
        return new DeliveryJob(newId, creditorId, event, url, body, signature);
    }

    synchronized WebhookDelivery snapshot() {
        return new WebhookDelivery(id, creditorId, event, url, body, signature, state, attempts);
    }
}
