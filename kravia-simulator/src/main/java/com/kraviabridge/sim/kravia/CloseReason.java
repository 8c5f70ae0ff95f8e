package com.kraviabridge.sim.kravia;

/** Why a case was closed (details {@code closeReason}, docs/kravia-contract.md §8). */
public enum CloseReason {
    PAID,
    CREDITED,
    WITHDRAWN,
    WRITTEN_OFF
}
