package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.Money;

/**
 * Kravia's own record of a case, with what of it the bridge already took for Kravia's payouts on the same invoice:
 * Kravia pays each collection out once, so a second payment of the same amount is not a second payout.
 *
 * @param alreadyPaidOut payments on the invoice already recognised as Kravia's payouts (null: none)
 */
public record KraviaRecord(CaseDetails details, Money alreadyPaidOut) {

    public static KraviaRecord of(CaseDetails details) {
        return new KraviaRecord(details, null);
    }
}
