package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The payments on an invoice already taken for Kravia's payouts: those of this process, which the store may not
 * hold yet (it is written a page at a time), and those the store holds, whose amounts the ERP still shows.
 */
final class RecognisedPayouts {

    private final ForwardedAllocations handled;
    private final InvoiceAllocations allocations;
    private final Map<String, Allocation> recognised = new ConcurrentHashMap<>();

    RecognisedPayouts(ForwardedAllocations handled, InvoiceAllocations allocations) {
        this.handled = handled;
        this.allocations = allocations;
    }

    void recognised(Allocation payment) {
        recognised.put(payment.companyId() + ":" + payment.id(), payment);
    }

    /** What was taken for payouts on the payment's invoice before it; null when nothing was. */
    Money before(Allocation payment) {
        List<ForwardedAllocation> stored = handled.ofInvoices(payment.companyId(), List.of(payment.invoiceId()));
        Set<Long> storedIds = stored.stream().map(ForwardedAllocation::allocationId).collect(Collectors.toSet());
        Map<Long, Allocation> earlier = new HashMap<>();
        for (Allocation a : List.copyOf(recognised.values())) {
            if (sameInvoice(a, payment)) {
                if (storedIds.contains(a.id())) {
                    // the store holds it now: what it says (and the ERP, should it be undone) is what counts
                    recognised.remove(a.companyId() + ":" + a.id());
                } else {
                    earlier.put(a.id(), a);
                }
            }
        }
        Set<Long> storedPayouts = stored.stream().filter(f -> f.outcome() == AllocationOutcome.KRAVIA_PAYOUT)
                .map(ForwardedAllocation::allocationId).collect(Collectors.toSet());
        if (!storedPayouts.isEmpty()) {
            allocations.allocationsOf(payment.companyId(), List.of(payment.invoiceId())).stream()
                    .filter(a -> storedPayouts.contains(a.id())).forEach(a -> earlier.put(a.id(), a));
        }
        earlier.remove(payment.id());
        return earlier.values().stream().map(Allocation::amount)
                .filter(a -> a.currency().equals(payment.amount().currency())).reduce(Money::plus).orElse(null);
    }

    private static boolean sameInvoice(Allocation a, Allocation b) {
        return a.companyId() == b.companyId() && a.invoiceId() == b.invoiceId();
    }
}
