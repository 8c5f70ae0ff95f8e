package com.kraviabridge.core.usecase;

import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.OperationsLog;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The operations log's contract in memory, for unit tests of the core only; the real one is MariaDB. */
final class InMemoryOperationsLog implements OperationsLog {

    private final Map<String, Operation> rows = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryOperationsLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Operation recordIntent(String key, String kind, long companyId, String subject, String payloadHash, String payload) {
        return rows.computeIfAbsent(key, k -> new Operation(k, kind, companyId, subject, payloadHash, payload,
                OperationState.PENDING, 0, null, null, null, clock.instant(), clock.instant(), null, null));
    }

    @Override
    public Optional<Operation> find(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    @Override
    public synchronized boolean markSent(String key, int seenAttempts, String payloadHash, String payload,
                                         Lease lease) {
        Operation current = rows.get(key);
        if (current.attempts() != seenAttempts || current.isConfirmed()) {
            return false;
        }
        update(key, o -> new Operation(o.key(), o.kind(), o.companyId(), o.subject(), payloadHash, payload,
                OperationState.SENT, o.attempts() + 1, null, o.lastError(), o.remoteId(), o.createdAt(), clock.instant(),
                lease.owner(), lease.until()));
        return true;
    }

    @Override
    public void endLease(String key, String owner, String error) {
        update(key, o -> o.state() != OperationState.SENT || !owner.equals(o.leaseOwner()) ? o
                : new Operation(o.key(), o.kind(), o.companyId(), o.subject(), o.payloadHash(), o.payload(), o.state(),
                o.attempts(), null, error, o.remoteId(), o.createdAt(), clock.instant(), o.leaseOwner(), clock.instant()));
    }

    @Override
    public void confirm(String key, String remoteId) {
        update(key, o -> new Operation(o.key(), o.kind(), o.companyId(), o.subject(), o.payloadHash(), o.payload(),
                OperationState.CONFIRMED, o.attempts(), null, null, remoteId, o.createdAt(), clock.instant(), o.leaseOwner(),
                o.leaseUntil()));
    }

    @Override
    public void failRetryable(String key, String error, Instant nextAttemptAt) {
        update(key, o -> new Operation(o.key(), o.kind(), o.companyId(), o.subject(), o.payloadHash(), o.payload(),
                OperationState.FAILED_RETRYABLE, o.attempts(), nextAttemptAt, error, null, o.createdAt(), clock.instant(),
                o.leaseOwner(), o.leaseUntil()));
    }

    @Override
    public void failPermanent(String key, String error) {
        update(key, o -> new Operation(o.key(), o.kind(), o.companyId(), o.subject(), o.payloadHash(), o.payload(),
                OperationState.FAILED_PERMANENT, o.attempts(), null, error, null, o.createdAt(), clock.instant(),
                o.leaseOwner(), o.leaseUntil()));
    }

    @Override
    public List<Operation> unfinished(String kind, int limit) {
        return rows.values().stream().filter(o -> o.kind().equals(kind) && o.state() != OperationState.CONFIRMED)
                .limit(limit).toList();
    }

    @Override
    public Map<OperationState, Long> countByState() {
        Map<OperationState, Long> counts = new EnumMap<>(OperationState.class);
        counts.putAll(rows.values().stream().collect(Collectors.groupingBy(Operation::state, Collectors.counting())));
        return counts;
    }

    private void update(String key, java.util.function.UnaryOperator<Operation> change) {
        rows.computeIfPresent(key, (k, o) -> change.apply(o));
    }
}
