package com.kraviabridge.core.port.store;

/** Where one remote write stands. */
public enum OperationState {
    /** Intent recorded, not yet sent. */
    PENDING,
    /** The call went out; until confirmed its outcome is unknown and must be looked up before a retry. */
    SENT,
    /** The remote side has it; the remote id is stored. */
    CONFIRMED,
    /** Failed without effect; tried again from {@code nextAttemptAt}. */
    FAILED_RETRYABLE,
    /** Refused for a reason a retry cannot fix; parked until the data changes or an administrator asks. */
    FAILED_PERMANENT
}
