package com.kraviabridge.sim.kravia;

/** Why a case was closed (§16 details {@code closeReason}). */
public enum CloseReason {
    PAID,
    CREDITED,
    WITHDRAWN,
    WRITTEN_OFF
}
