package com.kraviabridge.core.domain;

/**
 * Which allocations a reader asks the ERP for. The credit and payment flows each read only their own, so neither
 * reads (and classifies) the other's, which in a busy ledger are most of them.
 */
public enum AllocationScope {

    /** Every allocation on the customer invoices. */
    ALL,
    /** Customer credit notes applied to invoices ({@link AllocationKind#CREDIT_NOTE}). */
    CREDIT_NOTES,
    /** Everything but credit notes: payments, bank statement lines, entries (Kravia's own payouts among them). */
    ALL_BUT_CREDIT_NOTES;

    public boolean includes(AllocationKind kind) {
        return switch (this) {
            case ALL -> true;
            case CREDIT_NOTES -> kind == AllocationKind.CREDIT_NOTE;
            case ALL_BUT_CREDIT_NOTES -> kind != AllocationKind.CREDIT_NOTE;
        };
    }
}
