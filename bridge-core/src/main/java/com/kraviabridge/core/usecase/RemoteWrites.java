package com.kraviabridge.core.usecase;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.store.Operation;
import com.kraviabridge.core.store.OperationsLog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The exactly-once scheme of design §3 in one place: the intent is recorded before the call, the remote id
 * right after it, and a call whose outcome is unknown is looked up by our own reference before it is made
 * again. Every use case sends its remote writes through here.
 */
public final class RemoteWrites {

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

    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final OperationsLog log;
    private final Clock clock;

    public RemoteWrites(OperationsLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public WriteOutcome perform(String key, String kind, long companyId, String subject, String payload,
                                Lookup lookup, Call call) {
        return perform(key, kind, companyId, subject, payload, lookup, (ResumableCall) resuming -> call.send());
    }

    /**
     * The same for a write made of several remote steps, which an attempt that failed half-way may have taken in
     * part: the call is told whether any attempt was sent before, so that only then it looks for what is there.
     */
    public WriteOutcome perform(String key, String kind, long companyId, String subject, String payload,
                                Lookup lookup, ResumableCall call) {
        String hash = hash(payload);
        Operation op = log.recordIntent(key, kind, companyId, subject, hash, payload);
        switch (op.state()) {
            case CONFIRMED:
                return new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, op.remoteId(), null);
            case FAILED_PERMANENT:
                if (hash.equals(op.payloadHash())) {
                    return new WriteOutcome(WriteOutcome.Status.STILL_REFUSED, null, op.lastError());
                }
                break;
            case FAILED_RETRYABLE:
                if (op.nextAttemptAt() != null && op.nextAttemptAt().isAfter(clock.instant())) {
                    return new WriteOutcome(WriteOutcome.Status.WAITING, null, op.lastError());
                }
                break;
            case SENT:
                Optional<String> earlier;
                try {
                    earlier = lookup.find(op);
                } catch (RemoteFailure failure) {
                    return new WriteOutcome(WriteOutcome.Status.UNKNOWN, null,
                            "earlier attempt not resolved yet: " + failure.describe());
                }
                if (earlier.isPresent()) {
                    log.confirm(key, earlier.get());
                    return new WriteOutcome(WriteOutcome.Status.FOUND_DONE, earlier.get(), null);
                }
                break;
            default:
                break;
        }
        return send(op, hash, payload, call);
    }

    private WriteOutcome send(Operation op, String hash, String payload, ResumableCall call) {
        if (!log.markSent(op.key(), op.attempts(), hash, payload)) {
            return new WriteOutcome(WriteOutcome.Status.WAITING, null, "being sent by another worker");
        }
        try {
            String remoteId = call.send(op.attempts() > 0);
            log.confirm(op.key(), remoteId);
            return new WriteOutcome(WriteOutcome.Status.DONE, remoteId, null);
        } catch (RemoteFailure failure) {
            String error = failure.describe();
            switch (failure.kind()) {
                case OUTCOME_UNKNOWN:
                    // Left in SENT on purpose: the next run looks the effect up before sending again.
                    return new WriteOutcome(WriteOutcome.Status.UNKNOWN, null, error);
                case RETRYABLE:
                    log.failRetryable(op.key(), error, clock.instant().plus(backoff(op.attempts() + 1, failure)));
                    return new WriteOutcome(WriteOutcome.Status.RETRY_LATER, null, error);
                default:
                    log.failPermanent(op.key(), error);
                    return new WriteOutcome(WriteOutcome.Status.REFUSED, null, error);
            }
        }
    }

    /** One write of a batch: its key, what it sends, and what the batch call needs to know about it. */
    public record BatchItem<T>(String key, String subject, String payload, T item) {
    }

    /** Sends the items of a batch in one remote call. */
    @FunctionalInterface
    public interface BatchCall<T> {
        void send(List<T> items);
    }

    /**
     * The same scheme for writes that the remote side takes many at a time (notes on a page of invoices): each
     * item has its own intent and outcome, and one call carries every item that is due. Items whose earlier
     * outcome is unknown are sent again, so only writes that are harmless to repeat belong here.
     *
     * @return how many items were sent now
     */
    public <T> int performBatch(String kind, long companyId, List<BatchItem<T>> items, BatchCall<T> call) {
        List<BatchItem<T>> due = new ArrayList<>();
        List<Operation> seen = new ArrayList<>();
        for (BatchItem<T> item : items) {
            String hash = hash(item.payload());
            Operation op = log.recordIntent(item.key(), kind, companyId, item.subject(), hash, item.payload());
            boolean send = switch (op.state()) {
                case CONFIRMED -> false;
                case FAILED_PERMANENT -> !hash.equals(op.payloadHash());
                case FAILED_RETRYABLE -> op.nextAttemptAt() == null || !op.nextAttemptAt().isAfter(clock.instant());
                default -> true;
            };
            if (send && log.markSent(item.key(), op.attempts(), hash, item.payload())) {
                due.add(item);
                seen.add(op);
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        try {
            call.send(due.stream().map(BatchItem::item).toList());
            due.forEach(item -> log.confirm(item.key(), "done"));
            return due.size();
        } catch (RemoteFailure failure) {
            for (int i = 0; i < due.size(); i++) {
                String key = due.get(i).key();
                switch (failure.kind()) {
                    case OUTCOME_UNKNOWN -> { }
                    case RETRYABLE -> log.failRetryable(key, failure.describe(),
                            clock.instant().plus(backoff(seen.get(i).attempts() + 1, failure)));
                    default -> log.failPermanent(key, failure.describe());
                }
            }
            throw failure;
        }
    }

    /**
     * Writes of a kind that failed and are due again, or whose outcome stayed unknown for longer than
     * {@code settled} (so that a write another worker has in flight right now is left alone).
     */
    public List<Operation> overdue(String kind, long companyId, Duration settled, int limit) {
        Instant now = clock.instant();
        return log.unfinished(kind, limit).stream()
                .filter(op -> op.companyId() == companyId)
                .filter(op -> switch (op.state()) {
                    case FAILED_RETRYABLE -> op.nextAttemptAt() == null || !op.nextAttemptAt().isAfter(now);
                    case SENT, PENDING -> op.updatedAt() != null && op.updatedAt().plus(settled).isBefore(now);
                    default -> false;
                })
                .toList();
    }

    static Duration backoff(int attempts, RemoteFailure failure) {
        Duration exponential = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 9));
        Duration wanted = failure.retryAfter().filter(d -> d.compareTo(exponential) > 0).orElse(exponential);
        return wanted.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wanted;
    }

    public static String hash(String payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
