package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.InvoiceChanges;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** ERP port: money applied to customer invoices (payments, credit notes, entries), each classified. */
public interface InvoiceAllocations {

    /**
     * Allocations in the scope on the company's customer invoices with an id above {@code afterId}, ascending by
     * id; the page's last id and end are those of the scope's allocations.
     */
    AllocationPage allocationsSince(long companyId, AllocationScope scope, long afterId, int limit);

    /** Every allocation on the company's customer invoices with an id above {@code afterId}, ascending by id. */
    default AllocationPage allocationsSince(long companyId, long afterId, int limit) {
        return allocationsSince(companyId, AllocationScope.ALL, afterId, limit);
    }

    /**
     * Every allocation that exists now on the given invoices. Compared with what was forwarded, it shows
     * allocations that were undone in the ERP (which leave no trace of their own).
     */
    List<Allocation> allocationsOf(long companyId, Collection<Long> invoiceIds);

    /** Which of the given allocations still exist; an allocation undone in the ERP is gone. */
    Set<Long> stillPresent(long companyId, Collection<Long> allocationIds);

    /**
     * The mark of the latest change to the company's customer invoices, to read later changes from with
     * {@link #invoicesChangedSince}. Undoing an allocation changes its invoice (its open residual goes up).
     */
    String changeMark(long companyId);

    /**
     * The company's customer invoices changed at or after {@code mark}, with id above {@code afterInvoiceId},
     * ascending by id. Invoices changed exactly at the mark come back again, so nothing changed in the same
     * instant is lost.
     */
    InvoiceChanges invoicesChangedSince(long companyId, String mark, long afterInvoiceId, int limit);
}
