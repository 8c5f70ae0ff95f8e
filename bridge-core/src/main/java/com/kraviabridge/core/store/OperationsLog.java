package com.kraviabridge.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Store port: every remote write, recorded before the call. The unique key makes a second intent for the
 * same effect return the first one, across restarts and across bridge instances.
 */
public interface OperationsLog {

    /**
     * Records the intent when the key is new (state PENDING) and returns the row as stored: the existing
     * one when the key was there already, whatever its state.
     */
    Operation recordIntent(String key, String kind, long companyId, String subject, String payloadHash, String payload);

    Optional<Operation> find(String key);

    /**
     * The call is about to go out: state SENT, one more attempt, payload as sent. Succeeds only while the
     * operation still has {@code seenAttempts} attempts, so that of two workers (two bridge instances, or the
     * daemon and a manual sync) that read the same intent, exactly one sends it.
     *
     * @return false when another worker marked it first; the caller must then leave it alone
     */
    boolean markSent(String key, int seenAttempts, String payloadHash, String payload);

    /** The remote side has it. */
    void confirm(String key, String remoteId);

    void failRetryable(String key, String error, Instant nextAttemptAt);

    void failPermanent(String key, String error);

    /** Operations of a kind that are not confirmed, oldest first: the work a run must finish. */
    List<Operation> unfinished(String kind, int limit);

    /** Counts per state, for status and health. */
    java.util.Map<OperationState, Long> countByState();
}
