package com.kraviabridge.core.port.store;

import java.util.Arrays;

/**
 * What kind of record is parked. Each kind has a short code, which is what the store keeps and what
 * {@code bridge status} shows.
 */
public enum ParkedKind {

    /** An invoice not forwarded: not eligible, or refused by Kravia. */
    INVOICE("invoice"),
    /** A direct payment Kravia refused, or an entry on a forwarded invoice that is neither payment nor credit. */
    PAYMENT("payment"),
    /** A credit note Kravia refused. */
    CREDIT("credit"),
    /** A settlement that could not be booked, or that Odoo refused. */
    SETTLEMENT("settlement"),
    /** A payment or credit beyond the capital Kravia still collects: only the capital was sent. */
    EXCESS("excess"),
    /** A payment or credit undone in Odoo after it was sent to Kravia. */
    UNDONE("undone"),
    /**
     * An eligible invoice that waits for an accountant's approval in Odoo. Not a fault and not for review: kept
     * apart from the other kinds ({@link #needsReview()}), it goes on the first run after it is approved.
     */
    AWAITING_APPROVAL("awaiting-approval");

    private final String code;

    ParkedKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A record a person must fix or dismiss; false for an invoice that only waits for its approval. */
    public boolean needsReview() {
        return this != AWAITING_APPROVAL;
    }

    /** The kind with this code. */
    public static ParkedKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no parked record kind has the code '" + code + "'"));
    }
}
