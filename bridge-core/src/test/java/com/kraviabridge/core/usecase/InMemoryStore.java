package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The store ports' contracts in memory, for unit tests of the core's decisions; the real store is MariaDB. */
final class InMemoryStore implements CaseBook, Cursors, ParkedRecords, ForwardedAllocations {

    final Map<String, CollectionCase> cases = new ConcurrentHashMap<>();
    final Map<String, String> cursors = new ConcurrentHashMap<>();
    final Map<String, ParkedRecord> parked = new ConcurrentHashMap<>();
    final Map<String, ForwardedAllocation> allocations = new ConcurrentHashMap<>();

    final Map<String, Instant> capitalLoweredAt = new ConcurrentHashMap<>();

    @Override
    public void save(CollectionCase c) {
        cases.put(c.companyId() + ":" + c.invoiceId(), c);
    }

    @Override
    public void lowerCapital(long companyId, Map<Long, Money> byInvoice, Instant at) {
        byInvoice.forEach((invoiceId, amount) -> {
            String key = companyId + ":" + invoiceId;
            cases.computeIfPresent(key, (k, c) -> {
                Money capital = c.remainingCapital();
                if (capital == null || !capital.currency().equals(amount.currency())) {
                    return c;
                }
                capitalLoweredAt.put(key, at);
                return c.withRemainingCapital(capital.minus(amount).max(Money.zero(capital.currency())));
            });
        });
    }

    @Override
    public void recordStatus(Collection<CollectionCase> changed, Instant readAt) {
        for (CollectionCase c : changed) {
            String key = c.companyId() + ":" + c.invoiceId();
            Instant lowered = capitalLoweredAt.get(key);
            cases.compute(key, (k, stored) -> {
                if (stored == null) {
                    return c;
                }
                Money capital = lowered != null && !lowered.isBefore(readAt) ? stored.remainingCapital()
                        : c.remainingCapital();
                return stored.withStatus(c.status(), c.closeReason(), capital, c.kraviaUpdatedAt());
            });
        }
    }

    @Override
    public Optional<CollectionCase> byInvoice(long companyId, long invoiceId) {
        return Optional.ofNullable(cases.get(companyId + ":" + invoiceId));
    }

    @Override
    public Optional<CollectionCase> byKraviaId(long creditorId, long kraviaInvoiceId) {
        return cases.values().stream().filter(c -> c.creditorId() == creditorId && c.kraviaInvoiceId() == kraviaInvoiceId)
                .findFirst();
    }

    @Override
    public Map<Long, CollectionCase> byInvoices(long companyId, Collection<Long> invoiceIds) {
        return invoiceIds.stream().map(id -> cases.get(companyId + ":" + id)).filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(CollectionCase::invoiceId, c -> c, (a, b) -> a));
    }

    @Override
    public List<CollectionCase> page(long companyId, boolean openOnly, long afterInvoiceId, int limit) {
        return cases.values().stream().filter(c -> c.companyId() == companyId && c.invoiceId() > afterInvoiceId)
                .filter(c -> !openOnly || c.isOpen()).sorted(Comparator.comparingLong(CollectionCase::invoiceId))
                .limit(limit).toList();
    }

    @Override
    public List<CollectionCase> byInvoiceNumber(String invoiceNumber) {
        return cases.values().stream().filter(c -> c.invoiceNumber().equals(invoiceNumber)).toList();
    }

    @Override
    public long count(long companyId, boolean openOnly) {
        return cases.values().stream().filter(c -> c.companyId() == companyId && (!openOnly || c.isOpen())).count();
    }

    @Override
    public Map<Long, Long> openCasesByCompany() {
        return cases.values().stream().filter(CollectionCase::isOpen).collect(java.util.stream.Collectors.groupingBy(
                CollectionCase::companyId, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    @Override
    public Optional<String> read(long companyId, String stream) {
        return Optional.ofNullable(cursors.get(companyId + ":" + stream));
    }

    @Override
    public void write(long companyId, String stream, String value) {
        cursors.put(companyId + ":" + stream, value);
    }

    @Override
    public void park(ParkedRecord record) {
        parked.put(record.key(), record);
    }

    @Override
    public void release(String key) {
        parked.remove(key);
    }

    @Override
    public List<ParkedRecord> list(long companyId) {
        return parked.values().stream().filter(p -> p.companyId() == companyId).toList();
    }

    @Override
    public List<ParkedRecord> all() {
        return List.copyOf(parked.values());
    }

    @Override
    public long count() {
        return parked.size();
    }

    @Override
    public void addAll(Collection<ForwardedAllocation> handled) {
        handled.forEach(a -> allocations.putIfAbsent(a.companyId() + ":" + a.allocationId(), a));
    }

    @Override
    public Set<Long> handled(long companyId, Collection<Long> allocationIds) {
        Set<Long> result = new HashSet<>();
        for (Long id : allocationIds) {
            if (allocations.containsKey(companyId + ":" + id)) {
                result.add(id);
            }
        }
        return result;
    }

    @Override
    public List<ForwardedAllocation> ofInvoices(long companyId, Collection<Long> invoiceIds) {
        Set<Long> wanted = new HashSet<>(invoiceIds);
        return allocations.values().stream()
                .filter(a -> a.companyId() == companyId && wanted.contains(a.invoiceId()) && !a.undone()).toList();
    }

    @Override
    public void markUndone(long companyId, long allocationId) {
        allocations.computeIfPresent(companyId + ":" + allocationId, (k, a) -> new ForwardedAllocation(a.allocationId(),
                a.companyId(), a.invoiceId(), a.kraviaInvoiceId(), a.outcome(), a.amount(), a.currency(), a.operationKey(),
                true, a.handledAt()));
    }

    @Override
    public List<ForwardedAllocation> sentPage(long companyId, AllocationOutcome outcome, long afterAllocationId, int limit) {
        return allocations.values().stream()
                .filter(a -> a.companyId() == companyId && a.outcome() == outcome && !a.undone()
                        && a.amount().signum() > 0 && a.allocationId() > afterAllocationId)
                .sorted(Comparator.comparingLong(ForwardedAllocation::allocationId)).limit(limit).toList();
    }
}
