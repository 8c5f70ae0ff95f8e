package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kravia takes a payment or credit only up to the capital it still collects on a case and ignores the rest, so
 * the bridge sends no more than that: the part beyond it is money the creditor must sort out with the debtor.
 *
 * <p>The allocations of one ERP document share each case's remaining capital in their order. A case whose capital
 * is unknown, or held in another currency than the allocation (currencies are never converted), takes nothing.
 */
public final class CapitalCap {

    private CapitalCap() {
    }

    /**
     * @param casesByInvoice the case of every allocation's invoice
     */
    public static Capped apply(List<Allocation> group, Map<Long, CollectionCase> casesByInvoice) {
        Map<Long, Money> remaining = new LinkedHashMap<>();
        Map<Long, Money> parts = new LinkedHashMap<>();
        Map<Long, Money> sent = new LinkedHashMap<>();
        Map<Long, Money> excess = new LinkedHashMap<>();
        for (Allocation allocation : group) {
            CollectionCase c = casesByInvoice.get(allocation.invoiceId());
            Money left = remaining.computeIfAbsent(c.kraviaInvoiceId(), id -> capitalOf(c, allocation.amount().currency()));
            Money part = allocation.amount().min(left).max(Money.zero(left.currency()));
            remaining.put(c.kraviaInvoiceId(), left.minus(part));
            sent.put(allocation.id(), part);
            Money over = allocation.amount().minus(part);
            if (over.isPositive()) {
                excess.put(allocation.id(), over);
            }
            if (part.isPositive()) {
                parts.merge(c.kraviaInvoiceId(), part, Money::plus);
            }
        }
        List<CasePart> caseParts = new ArrayList<>();
        parts.forEach((caseId, amount) -> caseParts.add(new CasePart(caseId, amount)));
        return new Capped(caseParts, sent, excess);
    }

    private static Money capitalOf(CollectionCase c, String currency) {
        Money capital = c.remainingCapital();
        return capital == null || !capital.currency().equals(currency) ? Money.zero(currency) : capital;
    }

    /**
     * What goes to Kravia for a group of allocations.
     *
     * @param parts             one positive part per case, in the order the cases first appear; empty when nothing
     *                          is left to send
     * @param sentPerAllocation the part of each allocation that is sent, zero when none
     * @param excess            the part of an allocation beyond the capital, only for allocations that have one
     */
    public record Capped(List<CasePart> parts, Map<Long, Money> sentPerAllocation, Map<Long, Money> excess) {

        public Capped {
            parts = List.copyOf(parts);
            sentPerAllocation = Collections.unmodifiableMap(new LinkedHashMap<>(sentPerAllocation));
            excess = Collections.unmodifiableMap(new LinkedHashMap<>(excess));
        }

        public boolean sendsNothing() {
            return parts.isEmpty();
        }

        /** The sum of the parts; only when there is at least one. */
        public Money total() {
            return parts.stream().map(CasePart::amount).reduce(Money::plus).orElseThrow();
        }
    }
}
