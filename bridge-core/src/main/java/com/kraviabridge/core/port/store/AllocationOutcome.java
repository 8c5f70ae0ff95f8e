package com.kraviabridge.core.port.store;

import java.util.Arrays;

/**
 * What the bridge did with an ERP allocation on a forwarded invoice. Each outcome has a short code, which is what the
 * store keeps and what names the outcome in cursors and messages.
 */
public enum AllocationOutcome {

    /** Sent to Kravia as (part of) a direct payment; an amount of 0 when no capital was left to pay. */
    PAYMENT("payment"),
    /** Sent to Kravia as (part of) a credit; an amount of 0 when no capital was left to credit. */
    CREDIT("credit"),
    /** Kravia refused the payment or credit it belongs to; parked for a person. */
    REFUSED("refused"),
    /** One of the bridge's own settlement entries: Kravia's money, never sent back. */
    BRIDGE_ENTRY("bridge-entry"),
    /** An exchange difference the ERP booked: no money the debtor paid. */
    EXCHANGE_DIFFERENCE("exchange-difference"),
    /** A payout from Kravia, recognised by its partner or journal: never sent back. */
    KRAVIA_PAYOUT("kravia-payout"),
    /** Neither a customer payment nor a credit note: not sent, parked for a person. */
    UNCLASSIFIED("unclassified"),
    /** Applied before the invoice went to Kravia, so already out of what Kravia collects. */
    BEFORE_FORWARDING("before-forwarding");

    private final String code;

    AllocationOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The outcome with this code. */
    public static AllocationOutcome ofCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no allocation outcome has the code '" + code + "'"));
    }
}
