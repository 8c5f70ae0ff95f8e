package com.kraviabridge.sim.kravia;

/** Who moved money on a case (details {@code payments[].kind}, docs/kravia-contract.md §4). */
public enum PaymentKind {
    /** The debtor paid the creditor, who reported it through {@code invoice/payment}. */
    DIRECT,
    /** The creditor credited the case through {@code invoice/creditnote}. */
    CREDIT,
    /** The debtor paid Kravia. */
    COLLECTED
}
