package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Money applied to an invoice before it went to Kravia is already out of the amount Kravia collects, so it must
 * never be sent again as a payment or credit. The allocations that explain the difference between the invoice's
 * total and the residual sent to Kravia are the ones applied before, counted oldest first; anything beyond that
 * was applied after the residual was read and is left for the payment and credit flows.
 */
public final class SettledBeforeForwarding {

    private SettledBeforeForwarding() {
    }

    /**
     * Whether the invoice was partly settled when it was read. Only such an invoice has allocations to explain; an
     * untouched one needs none read.
     */
    public static boolean isPartlySettled(Invoice invoice) {
        return invoice.total() != null && invoice.residual().isLessThan(invoice.total());
    }

    /**
     * The invoice's allocations that were applied before it was forwarded, oldest (lowest id) first. Counting
     * stops at the first allocation that would go beyond the difference or is in another currency, since a later
     * one cannot have been applied before it.
     */
    public static List<Allocation> among(Invoice invoice, List<Allocation> allocations) {
        if (allocations.isEmpty() || invoice.total() == null) {
            return List.of();
        }
        Money explained = invoice.total().minus(invoice.residual());
        Money counted = Money.zero(explained.currency());
        List<Allocation> before = new ArrayList<>();
        for (Allocation allocation : allocations.stream().sorted(Comparator.comparingLong(Allocation::id)).toList()) {
            if (!allocation.amount().currency().equals(explained.currency())
                    || counted.plus(allocation.amount()).isGreaterThan(explained)) {
                break;
            }
            counted = counted.plus(allocation.amount());
            before.add(allocation);
        }
        return before;
    }
}
