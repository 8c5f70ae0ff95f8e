package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

/** Only money still owed goes to collection: an invoice settled in the ERP meanwhile stays home. */
public final class OpenResidual implements EligibilityPolicy {

    @Override
    public Verdict assess(Invoice invoice) {
        if (!invoice.paymentState().isOpen() || !invoice.residual().isPositive()) {
            return Verdict.rejected("invoice " + invoice.number() + " has nothing left to collect (payment state "
                    + invoice.paymentState().name().toLowerCase() + ", open " + invoice.residual() + ")");
        }
        return Verdict.allowed();
    }
}
