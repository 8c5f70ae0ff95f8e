package com.kraviabridge.core.domain;

import java.util.Objects;

/**
 * A case status as Kravia reports it. Kept as text because Kravia publishes no closed list:
 * an unknown value is stored and shown as it came, never an error.
 */
public record CaseStatus(String value) {

    public static final CaseStatus REGISTERED = new CaseStatus("REGISTERED");
    public static final CaseStatus CLOSED = new CaseStatus("CLOSED");

    public CaseStatus {
        Objects.requireNonNull(value, "value");
    }

    public boolean isClosed() {
        return "CLOSED".equalsIgnoreCase(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
