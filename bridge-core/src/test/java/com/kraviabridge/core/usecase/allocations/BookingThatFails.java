package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.StoreUnavailable;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The bridge's store that takes the handled allocations of the first pages, fails the next page, then is back. */
final class BookingThatFails implements ForwardedAllocations {

    private final ForwardedAllocations store;
    private final AtomicInteger bookingsBeforeFailure;

    BookingThatFails(ForwardedAllocations store, int bookingsTaken) {
        this.store = store;
        this.bookingsBeforeFailure = new AtomicInteger(bookingsTaken);
    }

    @Override
    public void addAll(Collection<ForwardedAllocation> allocations) {
        if (bookingsBeforeFailure.getAndDecrement() == 0) {
            throw new StoreUnavailable("the database went away", null);
        }
        store.addAll(allocations);
    }

    @Override
    public Set<Long> handled(long companyId, Collection<Long> allocationIds) {
        return store.handled(companyId, allocationIds);
    }

    @Override
    public List<ForwardedAllocation> ofInvoices(long companyId, Collection<Long> invoiceIds) {
        return store.ofInvoices(companyId, invoiceIds);
    }

    @Override
    public void markUndone(long companyId, long allocationId) {
        store.markUndone(companyId, allocationId);
    }

    @Override
    public List<ForwardedAllocation> sentPage(long companyId, AllocationOutcome outcome, long afterAllocationId,
                                              int limit) {
        return store.sentPage(companyId, outcome, afterAllocationId, limit);
    }
}
