package com.kraviabridge.sim.kravia;

import java.time.Instant;

/**
 * One try to deliver a webhook.
 *
 * @param at     wall-clock time of the answer or failure
 * @param status the receiver's HTTP status, or 0 when no answer came (I/O error, timeout)
 * @param error  what went wrong without an answer, else null
 */
public record DeliveryAttempt(Instant at, int status, String error) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
