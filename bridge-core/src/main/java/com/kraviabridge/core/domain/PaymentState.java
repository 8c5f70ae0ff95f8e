package com.kraviabridge.core.domain;

/** How far an invoice is settled in the ERP. Values the ERP may add later map to {@link #OTHER}. */
public enum PaymentState {
    NOT_PAID, PARTIAL, IN_PAYMENT, PAID, REVERSED, BLOCKED, OTHER;

    public boolean isOpen() {
        return this == NOT_PAID || this == PARTIAL;
    }
}
