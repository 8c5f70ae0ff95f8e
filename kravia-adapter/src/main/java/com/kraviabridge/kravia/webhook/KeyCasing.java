package com.kraviabridge.kravia.webhook;

import java.util.Locale;

/**
 * The property names in the signed text. The wire JSON is camelCase, but Kravia signs a Newtonsoft
 * serialisation of its C# class, whose names may be PascalCase (docs/kravia-contract.md §11.3); which one is a
 * setting of the verifier (camelCase until Kravia says otherwise).
 */
public enum KeyCasing {
    CAMEL("timestamp", "eventType", "claimId"),
    PASCAL("Timestamp", "EventType", "ClaimId");

    private final String timestamp;
    private final String eventType;
    private final String claimId;

    KeyCasing(String timestamp, String eventType, String claimId) {
        this.timestamp = timestamp;
        this.eventType = eventType;
        this.claimId = claimId;
    }

    /** {@code camel} or {@code pascal} (any case); blank means camel. */
    public static KeyCasing named(String name) {
        if (name == null || name.isBlank()) {
            return CAMEL;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "camel", "camelcase" -> CAMEL;
            case "pascal", "pascalcase" -> PASCAL;
            default -> throw new IllegalArgumentException("unknown webhook key casing '" + name + "'; known: camel, pascal");
        };
    }

    /**
     * The canonical data text (docs/kravia-contract.md §11.4): compact JSON, keys in the order timestamp, eventType,
     * claimId, whole numbers without quotes. {@code quotedEventType} is the event type already written as a JSON
     * string.
     */
    String canonicalData(long timestampValue, String quotedEventType, long claimIdValue) {
        return "{\"" + timestamp + "\":" + timestampValue + ",\"" + eventType + "\":" + quotedEventType
                + ",\"" + claimId + "\":" + claimIdValue + "}";
    }
}
