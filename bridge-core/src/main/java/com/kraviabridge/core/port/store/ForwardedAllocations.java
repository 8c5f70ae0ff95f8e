package com.kraviabridge.core.port.store;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Store port: which ERP allocations were handled, so each is handled once and undone ones are noticed. */
public interface ForwardedAllocations {

    /** Stores the allocations not stored yet; one stored already is left as it was. */
    void addAll(Collection<ForwardedAllocation> allocations);

    /** Stores the allocation unless it is stored already. */
    default void save(ForwardedAllocation allocation) {
        addAll(List.of(allocation));
    }

    /** Which of the given allocation ids were handled already. */
    Set<Long> handled(long companyId, Collection<Long> allocationIds);

    /** The allocations handled on these invoices that are not marked undone. */
    List<ForwardedAllocation> ofInvoices(long companyId, Collection<Long> invoiceIds);

    void markUndone(long companyId, long allocationId);

    /**
     * Allocations with one outcome that put money into Kravia (amount above zero) and are not marked undone, with
     * allocation id above {@code afterAllocationId}, ascending by allocation id.
     */
    List<ForwardedAllocation> sentPage(long companyId, AllocationOutcome outcome, long afterAllocationId, int limit);
}
