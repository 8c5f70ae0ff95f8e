package com.kraviabridge.core.port.store;

import com.kraviabridge.core.domain.BoundedText;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * A process's claim on the attempt it sends: until {@code until} the request may still be on the wire, so no
     * other process may take the operation for a dead attempt.
     *
     * @param owner names the process, unique among all processes that share the log (machine, pid, a random part)
     */
    record Lease(String owner, Instant until) {
    }

    /**
     * The call is about to go out: state SENT, one more attempt, payload as sent, under the caller's lease.
     * Succeeds only while the operation still has {@code seenAttempts} attempts, so that of two workers (two bridge
     * instances, or the daemon and a manual sync) that read the same intent, exactly one sends it.
     *
     * @return false when another worker marked it first (and may have confirmed it since); the caller must then
     *         leave it alone
     */
    boolean markSent(String key, int seenAttempts, String payloadHash, String payload, Lease lease);

    /**
     * The owner's attempt is over although its outcome is unknown (the other side answered with a server error): the
     * operation stays SENT, to be looked up before any new attempt, but its lease ends now, so that the next run of
     * any process looks it up at once. Does nothing when the lease is no longer the owner's.
     */
    void endLease(String key, String owner, String error);

    /** The remote side has it. */
    void confirm(String key, String remoteId);

    void failRetryable(String key, String error, Instant nextAttemptAt);

    void failPermanent(String key, String error);

    /** Operations of a kind that are not confirmed, oldest first: the work a run must finish. */
    List<Operation> unfinished(String kind, int limit);

    /** Counts per state, for status and health. */
    java.util.Map<OperationState, Long> countByState();

    /** One intent of {@link #recordIntents}. */
    record Intent(String key, String kind, long companyId, String subject, String payloadHash, String payload) {
        /**
         * The subject quotes Odoo data of any length (a payment's or credit note's name); it only describes the
         * write, so it is kept shortened to what the store holds rather than stopping the flow that records it.
         */
        public Intent {
            subject = BoundedText.shortened(subject, SUBJECT_LENGTH);
        }
    }

    /** The longest subject the log keeps, in characters. */
    int SUBJECT_LENGTH = 500;

    /**
     * {@link #recordIntent} for the writes of a page at once: the rows as stored (new ones PENDING, existing ones
     * as they were), in the order given.
     */
    default List<Operation> recordIntents(List<Intent> intents) {
        return intents.stream().map(i -> recordIntent(i.key(), i.kind(), i.companyId(), i.subject(), i.payloadHash(),
                i.payload())).toList();
    }

    /** One write of {@link #markAllSent}, with the arguments of {@link #markSent} but the lease. */
    record Attempt(String key, int seenAttempts, String payloadHash, String payload) {
    }

    /**
     * {@link #markSent} for writes that go out together in one remote call, each with its own compare-and-set.
     *
     * @return the keys this worker marked and may send; the others were marked by another worker first
     */
    default Set<String> markAllSent(List<Attempt> attempts, Lease lease) {
        Set<String> marked = new LinkedHashSet<>();
        for (Attempt a : attempts) {
            if (markSent(a.key(), a.seenAttempts(), a.payloadHash(), a.payload(), lease)) {
                marked.add(a.key());
            }
        }
        return marked;
    }

    /** {@link #confirm} for writes that took effect together, in one remote call. */
    default void confirmAll(Collection<String> keys, String remoteId) {
        keys.forEach(key -> confirm(key, remoteId));
    }
}
