package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationPage;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.InvoiceChanges;
import com.kraviabridge.core.port.erp.InvoiceAllocations;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ERP's allocations in memory, with the change marks an ERP stamps on invoices (an allocation made or
 * undone changes its invoice) and a count of the calls made, one per call as a remote ERP would take them.
 */
final class InMemoryAllocations implements InvoiceAllocations {

    private final List<Allocation> rows = new CopyOnWriteArrayList<>();
    private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();
    private final AtomicLong time = new AtomicLong();
    final AtomicInteger calls = new AtomicInteger();
    /** How many allocations each existence check asked about. */
    final List<Integer> presenceAsked = new CopyOnWriteArrayList<>();

    void add(Allocation allocation) {
        rows.add(allocation);
        touch(allocation.invoiceId());
    }

    /** Undoes an allocation, as unreconciling in Odoo deletes its partial. */
    void undo(long allocationId) {
        for (Allocation allocation : rows) {
            if (allocation.id() == allocationId) {
                rows.remove(allocation);
                touch(allocation.invoiceId());
            }
        }
    }

    /**
     * Undoes an allocation in a transaction that commits late: its invoice's change carries a time before changes
     * already seen, so change marks alone never show it.
     */
    void undoUnseen(long allocationId) {
        rows.removeIf(a -> a.id() == allocationId);
    }

    /** Some other change to the invoice (a note, a field written). */
    void touch(long invoiceId) {
        changedAt.put(invoiceId, time.incrementAndGet());
    }

    @Override
    public AllocationPage allocationsSince(long companyId, AllocationScope scope, long afterId, int limit) {
        calls.incrementAndGet();
        List<Allocation> inScope = rows.stream().filter(a -> scope.includes(a.kind())).toList();
        List<Allocation> page = inScope.stream().filter(a -> a.id() > afterId)
                .sorted(Comparator.comparingLong(Allocation::id)).limit(limit).toList();
        long last = page.isEmpty() ? afterId : page.get(page.size() - 1).id();
        return new AllocationPage(page, last, inScope.stream().noneMatch(a -> a.id() > last));
    }

    @Override
    public List<Allocation> allocationsOf(long companyId, Collection<Long> invoiceIds) {
        calls.incrementAndGet();
        return rows.stream().filter(a -> invoiceIds.contains(a.invoiceId())).toList();
    }

    @Override
    public Set<Long> stillPresent(long companyId, Collection<Long> allocationIds) {
        calls.incrementAndGet();
        presenceAsked.add(allocationIds.size());
        Set<Long> present = new HashSet<>();
        rows.forEach(a -> {
            if (allocationIds.contains(a.id())) {
                present.add(a.id());
            }
        });
        return present;
    }

    @Override
    public String changeMark(long companyId) {
        calls.incrementAndGet();
        return mark(time.get());
    }

    @Override
    public InvoiceChanges invoicesChangedSince(long companyId, String mark, long afterInvoiceId, int limit) {
        calls.incrementAndGet();
        long since = Long.parseLong(mark);
        List<Map.Entry<Long, Long>> page = changedAt.entrySet().stream()
                .filter(e -> e.getValue() >= since && e.getKey() > afterInvoiceId)
                .sorted(Map.Entry.comparingByKey()).limit(limit).toList();
        long lastId = page.isEmpty() ? afterInvoiceId : page.get(page.size() - 1).getKey();
        String latest = page.stream().map(Map.Entry::getValue).max(Long::compare).map(InMemoryAllocations::mark)
                .orElse(null);
        return new InvoiceChanges(page.stream().map(Map.Entry::getKey).toList(), lastId, page.size() < limit, latest);
    }

    /** Fixed width, so marks sort as strings in time order, as the port requires. */
    private static String mark(long t) {
        return String.format("%019d", t);
    }
}
