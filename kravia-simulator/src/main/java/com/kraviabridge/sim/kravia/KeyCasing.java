package com.kraviabridge.sim.kravia;

/**
 * Key casing of the webhook {@code data} object as it is serialised for signing (Kravia's C# sample may
 * sign PascalCase names although the wire JSON is camelCase: docs/kravia-contract.md §11.3).
 */
public enum KeyCasing {
    CAMEL("timestamp", "eventType", "claimId"),
    PASCAL("Timestamp", "EventType", "ClaimId");

    final String timestamp;
    final String eventType;
    final String claimId;

    KeyCasing(String timestamp, String eventType, String claimId) {
        this.timestamp = timestamp;
        this.eventType = eventType;
        this.claimId = claimId;
    }
}
