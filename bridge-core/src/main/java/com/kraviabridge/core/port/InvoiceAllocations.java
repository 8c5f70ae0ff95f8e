package com.kraviabridge.core.port;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;

import java.util.Collection;
import java.util.List;

/** ERP port: money applied to customer invoices (payments, credit notes, entries), each classified. */
public interface InvoiceAllocations {

    /** Allocations on the company's customer invoices with an id above {@code afterId}, ascending by id. */
    AllocationPage allocationsSince(long companyId, long afterId, int limit);

    /**
     * Every allocation that exists now on the given invoices. Compared with what was forwarded, it shows
     * allocations that were undone in the ERP (which leave no trace of their own).
     */
    List<Allocation> allocationsOf(long companyId, Collection<Long> invoiceIds);
}
