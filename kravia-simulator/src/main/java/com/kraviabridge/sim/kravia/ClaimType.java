package com.kraviabridge.sim.kravia;

import java.util.Optional;

/** The kinds of document {@code POST invoice/register} accepts (documented, E1), with their wire spelling. */
public enum ClaimType {
    COLLECTION_CASE("CollectionCase"),
    INVOICE("Invoice"),
    CREDIT_NOTE("CreditNote");

    private final String wireName;

    ClaimType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** .NET binds enum names case-insensitively, so "collectioncase" is accepted as well. */
    public static Optional<ClaimType> fromWire(String text) {
        for (ClaimType type : values()) {
            if (type.wireName.equalsIgnoreCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
