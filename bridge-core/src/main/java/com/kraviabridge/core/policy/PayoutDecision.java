package com.kraviabridge.core.policy;

/** What a payment on a forwarded invoice is, with the reason a person can read. */
public record PayoutDecision(Kind kind, String reason) {

    public enum Kind {
        /** Kravia's own payout: never forwarded to Kravia. */
        PAYOUT,
        /** The customer's own payment: forwarded to Kravia as a direct payment. */
        CUSTOMER_PAYMENT,
        /** The signals do not settle it: kept for a person, never forwarded blind. */
        UNDECIDED
    }

    static PayoutDecision payout(String reason) {
        return new PayoutDecision(Kind.PAYOUT, reason);
    }

    static PayoutDecision customerPayment(String reason) {
        return new PayoutDecision(Kind.CUSTOMER_PAYMENT, reason);
    }

    static PayoutDecision undecided(String reason) {
        return new PayoutDecision(Kind.UNDECIDED, reason);
    }
}
