package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The new allocations of one ERP document (one payment, one credit note) in one currency on invoices that went to
 * Kravia, in id order: what becomes one Kravia request.
 */
record AllocationGroup(List<Allocation> allocations) {

    AllocationGroup {
        if (allocations.isEmpty()) {
            throw new IllegalArgumentException("a group holds at least one allocation");
        }
        allocations = List.copyOf(allocations);
    }

    /** The first allocation: its id and document name the group. */
    Allocation first() {
        return allocations.get(0);
    }

    Set<Long> invoiceIds() {
        Set<Long> ids = new LinkedHashSet<>();
        allocations.forEach(allocation -> ids.add(allocation.invoiceId()));
        return ids;
    }
}
