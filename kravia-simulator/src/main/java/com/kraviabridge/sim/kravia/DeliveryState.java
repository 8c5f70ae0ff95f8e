package com.kraviabridge.sim.kravia;

/** Progress of one webhook delivery. */
public enum DeliveryState {
    /** Not yet answered with 2xx; more attempts are due. */
    PENDING,
    /** A receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; the simulator gave up. */
    FAILED
}
