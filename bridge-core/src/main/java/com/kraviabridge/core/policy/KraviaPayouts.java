package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;

import java.util.Set;

/**
 * Recognises Kravia's own payouts among ERP payments, so they are never registered as direct payments:
 * doing so would make Kravia believe the debtor paid twice.
 *
 * @param payoutPartnerId the ERP partner that stands for Kravia (0 when not configured)
 * @param payoutJournals  ERP journal codes where only Kravia's payouts land
 */
public record KraviaPayouts(long payoutPartnerId, Set<String> payoutJournals) {

    public KraviaPayouts {
        payoutJournals = Set.copyOf(payoutJournals);
    }

    public static KraviaPayouts none() {
        return new KraviaPayouts(0, Set.of());
    }

    public boolean isKraviaPayout(Allocation allocation) {
        return (payoutPartnerId != 0 && allocation.partnerId() == payoutPartnerId)
                || (allocation.journalCode() != null && payoutJournals.contains(allocation.journalCode()));
    }
}
