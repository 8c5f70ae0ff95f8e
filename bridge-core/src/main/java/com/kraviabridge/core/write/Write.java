package com.kraviabridge.core.write;

import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.RecordKey;

import java.util.Objects;
import java.util.Optional;

/**
 * One remote write as {@link RemoteWrites} performs it: its key (which also gives its kind in the log), the company
 * it is for, what a person recognises it by, what it sends, how the effect of an earlier attempt is found, and the
 * call itself.
 *
 * <p>A write is made {@link #of one call} or is {@link #resumable} (several remote steps, of which a failed attempt
 * may have taken some): the call of a resumable write is told whether an attempt was sent before.
 */
public final class Write {

    /** Sends the write; returns the remote id (or a short description of the effect). */
    @FunctionalInterface
    public interface Call {
        String send();
    }

    /** Sends a write of several steps; {@code resuming} when an earlier attempt was sent and may have done some. */
    @FunctionalInterface
    public interface ResumableCall {
        String send(boolean resuming);
    }

    /** Looks for the effect of an earlier attempt; the remote id when it took effect, empty when it did not. */
    @FunctionalInterface
    public interface Lookup {
        Optional<String> find(Operation earlierAttempt);
    }

    private final RecordKey key;
    private final long companyId;
    private final String subject;
    private final String payload;
    private final Lookup lookup;
    private final ResumableCall call;
    private final boolean resumable;
    /** The intent as the log had it when {@link RemoteWrites#recordIntents} recorded it; null before. */
    private final RemoteWrites.Recorded recorded;

    private Write(RecordKey key, long companyId, String subject, String payload, Lookup lookup, ResumableCall call,
                  boolean resumable, RemoteWrites.Recorded recorded) {
        this.key = Objects.requireNonNull(key, "key");
        this.companyId = companyId;
        this.subject = subject;
        this.payload = Objects.requireNonNull(payload, "payload");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.call = Objects.requireNonNull(call, "call");
        this.resumable = resumable;
        this.recorded = recorded;
    }

    /** A write made by one remote call. */
    public static Write of(RecordKey key, long companyId, String subject, String payload, Lookup lookup, Call call) {
        Objects.requireNonNull(call, "call");
        return new Write(key, companyId, subject, payload, lookup, resuming -> call.send(), false, null);
    }

    /** A write of several remote steps, whose call looks for what an earlier attempt did only when told it resumes. */
    public static Write resumable(RecordKey key, long companyId, String subject, String payload, Lookup lookup,
                                  ResumableCall call) {
        return new Write(key, companyId, subject, payload, lookup, call, true, null);
    }

    public RecordKey key() {
        return key;
    }

    public long companyId() {
        return companyId;
    }

    public String subject() {
        return subject;
    }

    public String payload() {
        return payload;
    }

    public boolean isResumable() {
        return resumable;
    }

    Lookup lookup() {
        return lookup;
    }

    ResumableCall call() {
        return call;
    }

    Optional<RemoteWrites.Recorded> recorded() {
        return Optional.ofNullable(recorded);
    }

    Write recordedAs(RemoteWrites.Recorded intent) {
        return new Write(key, companyId, subject, payload, lookup, call, resumable, intent);
    }
}
