package com.kraviabridge.sim.kravia;

/**
 * Where a case stands (Kravia publishes no enum, so these names are the project's contract:
 * docs/kravia-contract.md §8). {@link #INVOICE_SENT} is used for the invoicing-service documents ({@code Invoice},
 * {@code CreditNote}), which this simulator registers but does not move through the collection process.
 */
public enum CaseStatus {
    INVOICE_SENT,
    REGISTERED,
    COLLECTION_NOTICE,
    PAYMENT_DEMAND,
    LEGAL_NOTICE,
    AWAITING_APPROVAL,
    LEGAL,
    MONITORING,
    PAUSED,
    CLOSED;

    /** The creditor may pause a case that is still being worked on, not one already paused or closed. */
    public boolean pausable() {
        return this != PAUSED && this != CLOSED && this != INVOICE_SENT;
    }

    /** Withdrawal is possible until the case is closed. */
    public boolean withdrawable() {
        return this != CLOSED;
    }
}
