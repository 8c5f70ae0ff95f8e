package com.kraviabridge.sim.kravia;

/** How Kravia hands recovered money to a creditor. */
public enum PayoutMode {
    /** A daily batch transfer with a settlement that explains which invoices it covers (the default). */
    SETTLEMENT,
    /**
     * Each recovered invoice's capital paid into the creditor's own bank account with the invoice's KID as the
     * payment reference, so the creditor's books match it to the invoice; no settlement is made.
     */
    KID
}
