package com.kraviabridge.core.write;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.OperationsLog;
import com.kraviabridge.core.port.store.RecordKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The exactly-once scheme in one place: the intent is recorded before the call, the remote id
 * right after it, and a call whose outcome is unknown is looked up by our own reference before it is made
 * again. Every use case sends its remote writes through here.
 *
 * <p>Several processes may share the log (bridge instances, the daemon and a manual sync). Each attempt is sent
 * under a lease of this process ({@link WriteLeases}): a write another process has under a running lease is left to
 * it, reported as {@link WriteOutcome.Status#IN_PROGRESS_ELSEWHERE}, since its request may still be on the wire and
 * a look-up now would find nothing and send it twice. Only a write whose lease ran out (or whose owner is gone) is
 * looked up and resumed.
 */
public final class RemoteWrites {

    private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final Duration MAX_ACCESS_BACKOFF = Duration.ofHours(1);

    /** The lease of {@link #RemoteWrites(OperationsLog, Clock)}: longer than any request with default settings. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);

    private final OperationsLog log;
    private final Clock clock;
    private final WriteLeases leases;

    /** Writes under leases of {@link #DEFAULT_LEASE}, owned by a name of their own. */
    public RemoteWrites(OperationsLog log, Clock clock) {
        this(log, clock, WriteLeases.of("writer-" + UUID.randomUUID(), DEFAULT_LEASE));
    }

    public RemoteWrites(OperationsLog log, Clock clock, WriteLeases leases) {
        this.log = log;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * Performs the write: records its intent (unless {@link #recordIntents} did), sends it, and stores the remote id
     * right after. An earlier attempt whose outcome is unknown is looked up before anything is sent again. When the
     * intent was recorded before, the log may have moved on since (another worker): the compare-and-set on the
     * attempt count then stops this one from sending.
     */
    public WriteOutcome perform(Write write) {
        Recorded recorded = write.recorded().orElseGet(() -> record(write));
        Operation op = recorded.op;
        String hash = recorded.hash;
        String key = op.key();
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
                if (heldElsewhere(op)) {
                    return elsewhere(op);
                }
                Optional<String> earlier;
                try {
                    earlier = write.lookup().find(op);
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
        return send(op, hash, recorded.payload, write.call());
    }

    /**
     * Records the intents of many writes in one go (a page of them), so that the step that sends each one is left
     * with the compare-and-set before the call and the remote id after it. Step 1 of the scheme for all of them,
     * before any is sent; an intent that waits here is PENDING, which no worker takes for sent.
     *
     * @return the writes, in the order given, each with its intent as the log had it: hand them to {@link #perform}
     */
    public List<Write> recordIntents(List<Write> writes) {
        List<Recorded> recorded = record(writes.stream()
                .map(w -> new Intent(w.key(), w.companyId(), w.subject(), w.payload())).toList());
        List<Write> done = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            done.add(writes.get(i).recordedAs(recorded.get(i)));
        }
        return done;
    }

    private Recorded record(Write write) {
        String hash = hash(write.payload());
        Operation op = log.recordIntent(write.key().text(), write.key().kind().code(), write.companyId(),
                write.subject(), hash, write.payload());
        return new Recorded(op, hash, write.payload());
    }

    /** What is recorded of one write before it is sent. */
    private record Intent(RecordKey key, long companyId, String subject, String payload) {
    }

    /** A write whose intent is in the log, as the log had it then. */
    record Recorded(Operation op, String hash, String payload) {

        String key() {
            return op.key();
        }
    }

    private List<Recorded> record(List<Intent> intents) {
        List<OperationsLog.Intent> rows = new ArrayList<>(intents.size());
        List<String> hashes = new ArrayList<>(intents.size());
        for (Intent intent : intents) {
            String hash = hash(intent.payload());
            hashes.add(hash);
            rows.add(new OperationsLog.Intent(intent.key().text(), intent.key().kind().code(), intent.companyId(),
                    intent.subject(), hash, intent.payload()));
        }
        List<Operation> stored = log.recordIntents(rows);
        List<Recorded> recorded = new ArrayList<>(intents.size());
        for (int i = 0; i < intents.size(); i++) {
            recorded.add(new Recorded(stored.get(i), hashes.get(i), intents.get(i).payload()));
        }
        return recorded;
    }

    /** True when another attempt's lease still runs: its request may be on the wire right now. */
    private boolean heldElsewhere(Operation op) {
        return op.leaseUntil() != null && op.leaseUntil().isAfter(clock.instant()) && op.leaseOwner() != null
                && !leases.isGone(op.leaseOwner());
    }

    private WriteOutcome elsewhere(Operation op) {
        String who = leases.owner().equals(op.leaseOwner()) ? "an earlier attempt of this process"
                : "another bridge process (" + op.leaseOwner() + ")";
        return new WriteOutcome(WriteOutcome.Status.IN_PROGRESS_ELSEWHERE, null, "being sent by " + who
                + (op.leaseUntil() == null ? "" : ", whose claim runs until " + op.leaseUntil()) + "; left to it");
    }

    private OperationsLog.Lease newLease() {
        return new OperationsLog.Lease(leases.owner(), clock.instant().plus(leases.length()));
    }

    private WriteOutcome send(Operation op, String hash, String payload, Write.ResumableCall call) {
        if (!log.markSent(op.key(), op.attempts(), hash, payload, newLease())) {
            // Another worker took it since the intent was read (a page's intents are read before its first send).
            Optional<Operation> now = log.find(op.key());
            if (now.isPresent() && now.get().isConfirmed()) {
                return new WriteOutcome(WriteOutcome.Status.ALREADY_DONE, now.get().remoteId(), null);
            }
            return elsewhere(now.orElse(op));
        }
        try {
            String remoteId = call.send(op.attempts() > 0);
            log.confirm(op.key(), remoteId);
            return new WriteOutcome(WriteOutcome.Status.DONE, remoteId, null);
        } catch (RemoteFailure failure) {
            return new WriteOutcome(recordFailure(op, failure), null, failure.describe());
        } catch (RuntimeException | Error bug) {
            // Not a failure of the other side but of ours: the call is over, so the next run may look it up at once.
            log.endLease(op.key(), leases.owner(), "interrupted by an error of the bridge: " + bug);
            throw bug;
        }
    }

    /**
     * Records in the log what a failed send means for the write, and says it. An unknown outcome is left in SENT
     * on purpose: the next run looks the effect up before sending again, once the lease is over (at once when the
     * other side answered; when it did not, the request may still be at work there until the lease runs out).
     * Refused credentials or rights wait like a retryable failure: the fault lies with the configuration, not with
     * the write.
     */
    private WriteOutcome.Status recordFailure(Operation op, RemoteFailure failure) {
        if (failure.kind() == RemoteFailure.Kind.OUTCOME_UNKNOWN) {
            if (!failure.mayStillBeUnderWay()) {
                // Answered: nothing of this attempt is on the wire any more, so any process may look it up at once.
                log.endLease(op.key(), leases.owner(), failure.describe());
            }
            return WriteOutcome.Status.UNKNOWN;
        }
        if (failure.kind() == RemoteFailure.Kind.RETRYABLE || failure.isAccessRefused()) {
            log.failRetryable(op.key(), failure.describe(), clock.instant().plus(backoff(op.attempts() + 1, failure)));
            return WriteOutcome.Status.RETRY_LATER;
        }
        log.failPermanent(op.key(), failure.describe());
        return WriteOutcome.Status.REFUSED;
    }

    /** One write of a batch: its key, what it sends, and what the batch call needs to know about it. */
    public record BatchItem<T>(RecordKey key, String subject, String payload, T item) {
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
    public <T> int performBatch(long companyId, List<BatchItem<T>> items, BatchCall<T> call) {
        // Statements per batch, not per item: the intents, the compare-and-sets and the confirmations each go to
        // the log as one batch. A key given twice is one write.
        Map<String, BatchItem<T>> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.putIfAbsent(item.key().text(), item));
        List<Recorded> recorded = record(byKey.values().stream()
                .map(item -> new Intent(item.key(), companyId, item.subject(), item.payload())).toList());
        List<OperationsLog.Attempt> attempts = new ArrayList<>();
        Map<String, Operation> seen = new HashMap<>();
        for (Recorded r : recorded) {
            boolean send = switch (r.op.state()) {
                case CONFIRMED -> false;
                case SENT -> !heldElsewhere(r.op);
                case FAILED_PERMANENT -> !r.hash.equals(r.op.payloadHash());
                case FAILED_RETRYABLE -> r.op.nextAttemptAt() == null || !r.op.nextAttemptAt().isAfter(clock.instant());
                default -> true;
            };
            if (send) {
                attempts.add(new OperationsLog.Attempt(r.key(), r.op.attempts(), r.hash, r.payload));
                seen.put(r.key(), r.op);
            }
        }
        if (attempts.isEmpty()) {
            return 0;
        }
        Set<String> marked = log.markAllSent(attempts, newLease());
        List<BatchItem<T>> due = byKey.values().stream().filter(item -> marked.contains(item.key().text())).toList();
        if (due.isEmpty()) {
            return 0;
        }
        try {
            call.send(due.stream().map(BatchItem::item).toList());
            log.confirmAll(due.stream().map(item -> item.key().text()).toList(), "done");
            return due.size();
        } catch (RemoteFailure failure) {
            due.forEach(item -> recordFailure(seen.get(item.key().text()), failure));
            throw failure;
        }
    }

    /**
     * Writes of a kind that failed and are due again, or whose outcome stayed unknown for longer than
     * {@code settled} and whose lease is over (so that a write another worker has in flight right now is left alone).
     */
    public List<Operation> overdue(RecordKey.Kind kind, long companyId, Duration settled, int limit) {
        Instant now = clock.instant();
        return log.unfinished(kind.code(), limit).stream()
                .filter(op -> op.companyId() == companyId)
                .filter(op -> switch (op.state()) {
                    case FAILED_RETRYABLE -> op.nextAttemptAt() == null || !op.nextAttemptAt().isAfter(now);
                    case PENDING -> op.updatedAt() != null && op.updatedAt().plus(settled).isBefore(now);
                    case SENT -> op.updatedAt() != null && op.updatedAt().plus(settled).isBefore(now)
                            && !heldElsewhere(op);
                    default -> false;
                })
                .toList();
    }

    /**
     * Doubling from a minute, or what the other side asked for when longer, up to six hours. Refused credentials or
     * rights are fixed by an administrator, usually soon after the first failures show, so such a write never waits
     * longer than an hour: it goes within the hour once the token or the rights are right again.
     */
    static Duration backoff(int attempts, RemoteFailure failure) {
        Duration exponential = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 9));
        Duration wanted = failure.retryAfter().filter(d -> d.compareTo(exponential) > 0).orElse(exponential);
        Duration longest = failure.isAccessRefused() ? MAX_ACCESS_BACKOFF : MAX_BACKOFF;
        return wanted.compareTo(longest) > 0 ? longest : wanted;
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
