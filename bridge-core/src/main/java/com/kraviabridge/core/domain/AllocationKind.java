package com.kraviabridge.core.domain;

/** What sits on the other side of money applied to an invoice in the ERP. */
public enum AllocationKind {
    /** A customer payment record (Odoo {@code account.payment}). */
    CUSTOMER_PAYMENT,
    /** A bank statement line reconciled straight against the invoice. */
    BANK_STATEMENT,
    /** A credit note ({@code out_refund}). */
    CREDIT_NOTE,
    /** A journal entry the bridge posted itself (a Kravia settlement): never forwarded. */
    BRIDGE_ENTRY,
    /** An exchange difference: not money the debtor paid. */
    EXCHANGE_DIFFERENCE,
    /** Any other journal entry (write-off, manual entry): cannot be classified with certainty. */
    OTHER_ENTRY
}
