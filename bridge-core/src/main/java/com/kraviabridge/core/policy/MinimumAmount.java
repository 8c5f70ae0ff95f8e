package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.math.BigDecimal;

/**
 * Collection costs more than it brings below some amount. The threshold is a plain number compared in the
 * invoice's own currency, since currencies are never converted.
 */
public final class MinimumAmount implements EligibilityPolicy {

    private final BigDecimal minimum;

    public MinimumAmount(BigDecimal minimum) {
        this.minimum = minimum;
    }

    @Override
    public Verdict assess(Invoice invoice) {
        if (invoice.residual().amount().compareTo(minimum) < 0) {
            return Verdict.rejected("invoice " + invoice.number() + " has " + invoice.residual()
                    + " open, below the minimum of " + minimum.toPlainString() + " (collection.min-amount)");
        }
        return Verdict.allowed();
    }
}
