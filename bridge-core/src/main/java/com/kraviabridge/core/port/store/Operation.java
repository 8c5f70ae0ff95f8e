package com.kraviabridge.core.port.store;

import java.time.Instant;

/**
 * One remote write in the operations log.
 *
 * @param key         natural idempotency key, e.g. {@code register:1:4711}; unique in the log
 * @param kind        register, payment, credit, settlement, bookkeep, note
 * @param payloadHash hash of what was (to be) sent; a changed payload after a permanent failure is retried
 * @param payload     what was sent, as text, for the dry-run and the status report
 * @param leaseOwner  the process that sent the latest attempt (see {@link OperationsLog.Lease}); null before any
 * @param leaseUntil  until when that process may still have the attempt on the wire; null before any
 */
public record Operation(String key, String kind, long companyId, String subject, String payloadHash, String payload,
                        OperationState state, int attempts, Instant nextAttemptAt, String lastError,
                        String remoteId, Instant createdAt, Instant updatedAt, String leaseOwner,
                        Instant leaseUntil) {

    public boolean isConfirmed() {
        return state == OperationState.CONFIRMED;
    }
}
