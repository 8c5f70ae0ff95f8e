package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.policy.SettledBeforeForwarding;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the allocations applied to invoices before they went to Kravia as handled, so they are never sent as
 * payments or credits. One ERP read per page, and none for a page of untouched invoices.
 */
final class AllocationsBeforeForwarding {

    private final InvoiceAllocations allocations;
    private final ForwardedAllocations handled;
    private final Clock clock;

    AllocationsBeforeForwarding(InvoiceAllocations allocations, ForwardedAllocations handled, Clock clock) {
        this.allocations = allocations;
        this.handled = handled;
        this.clock = clock;
    }

    /** @param sent the invoices sent, as they were read when they went */
    void record(long companyId, List<CollectionCase> registered, List<Invoice> sent) {
        Map<Long, Invoice> invoices = new HashMap<>();
        sent.forEach(invoice -> invoices.put(invoice.id(), invoice));
        List<Long> partlySettled = registered.stream().map(CollectionCase::invoiceId)
                .filter(id -> SettledBeforeForwarding.isPartlySettled(invoices.get(id)))
                .toList();
        if (partlySettled.isEmpty()) {
            return;
        }
        Map<Long, List<Allocation>> byInvoice = new HashMap<>();
        for (Allocation allocation : allocations.allocationsOf(companyId, partlySettled)) {
            byInvoice.computeIfAbsent(allocation.invoiceId(), id -> new ArrayList<>()).add(allocation);
        }
        List<ForwardedAllocation> before = new ArrayList<>();
        for (CollectionCase c : registered) {
            List<Allocation> existing = byInvoice.getOrDefault(c.invoiceId(), List.of());
            for (Allocation allocation : SettledBeforeForwarding.among(invoices.get(c.invoiceId()), existing)) {
                before.add(new ForwardedAllocation(allocation.id(), companyId, c.invoiceId(), c.kraviaInvoiceId(),
                        AllocationOutcome.BEFORE_FORWARDING, BigDecimal.ZERO, allocation.amount().currency(), null, false,
                        clock.instant()));
            }
        }
        handled.addAll(before);
    }
}
