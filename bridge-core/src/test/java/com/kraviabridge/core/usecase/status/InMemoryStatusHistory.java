package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.port.store.StatusHistory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The status history of the status flow's tests: each status of a case once. */
final class InMemoryStatusHistory implements StatusHistory {

    private final Map<String, StatusChange> changes = new ConcurrentHashMap<>();

    @Override
    public boolean record(StatusChange change) {
        return changes.putIfAbsent(change.kraviaInvoiceId() + ":" + change.status(), change) == null;
    }

    @Override
    public List<StatusChange> of(long creditorId, long kraviaInvoiceId) {
        return changes.values().stream().filter(c -> c.kraviaInvoiceId() == kraviaInvoiceId).toList();
    }

    @Override
    public void recordAll(Collection<StatusChange> all) {
        all.forEach(this::record);
    }
}
