package com.kraviabridge.store;

import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.OperationsLog;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations log on the {@code operations} table. The idempotency key is the primary key, so two intents
 * for the same effect, from two threads or two bridge instances, meet on one row.
 *
 * <p>A confirmed operation is final, because changing it would mean sending an effect Kravia or Odoo already has:
 * marking it failed again is refused with an {@link IllegalStateException}, and marking it sent again is
 * answered false, as for an operation another worker marked first (a worker that read the intent before another
 * one confirmed it is in that position).
 */
final class JdbcOperationsLog implements OperationsLog {

    private static final String COLUMNS = "op_key, kind, company_id, subject, payload_hash, payload, state, attempts,"
            + " next_attempt_at, last_error, remote_id, created_at, updated_at, lease_owner, lease_until";

    private static final String INTENT_HEAD = "INSERT INTO operations (op_key, kind, company_id, subject,"
            + " payload_hash, payload, state, attempts, created_at, updated_at)";
    private static final int INTENT_COLUMNS = 10;
    private static final String INTENT_TAIL = "ON DUPLICATE KEY UPDATE op_key = op_key";

    /**
     * The attempt count is the version: of two workers that read the same intent, only one moves it on, and takes
     * the lease.
     */
    private static final String MARK_SENT = "UPDATE operations SET state = 'sent', attempts = attempts + 1,"
            + " payload_hash = ?, payload = ?, lease_owner = ?, lease_until = ?, next_attempt_at = NULL, updated_at = ?"
            + " WHERE op_key = ? AND state <> 'confirmed' AND attempts = ?";

    /** Allowed from every state: a lookup may find the effect of an attempt recorded as failed. */
    private static final String CONFIRM = "UPDATE operations SET state = 'confirmed', remote_id = ?, last_error = NULL,"
            + " next_attempt_at = NULL, updated_at = ? WHERE op_key = ?";

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcOperationsLog(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Operation recordIntent(String key, String kind, long companyId, String subject, String payloadHash,
                                  String payload) {
        Instant now = clock.instant();
        // The no-op update (rather than INSERT IGNORE) makes a duplicate key the only error that is swallowed:
        // a too-long subject or a missing kind still fails loudly. RETURNING hands back the row as stored, the
        // new one or the one that was there (the no-op update leaves it as it was), in the same round trip.
        return jdbc.one(INTENT_HEAD + " VALUES " + Jdbc.valueRows(1, INTENT_COLUMNS) + " " + INTENT_TAIL
                        + " RETURNING " + COLUMNS,
                ps -> bindIntent(ps, 1, new Intent(key, kind, companyId, subject, payloadHash, payload), now),
                JdbcOperationsLog::map)
                .orElseThrow(() -> new StoreException("operation " + key + " not handed back by its insert"));
    }

    /**
     * One multi-row insert per {@link Jdbc#CHUNK} intents adds the new ones, leaves the others alone and hands back
     * every row as stored, as {@link #recordIntent} does for one.
     */
    @Override
    public List<Operation> recordIntents(List<Intent> intents) {
        if (intents.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<String, Operation> stored = new HashMap<>();
        jdbc.insertRows(INTENT_HEAD, INTENT_COLUMNS, INTENT_TAIL + " RETURNING " + COLUMNS, intents,
                (ps, first, intent) -> bindIntent(ps, first, intent, now), null, JdbcOperationsLog::map)
                .forEach(op -> stored.put(op.key(), op));
        List<Operation> result = new ArrayList<>(intents.size());
        for (Intent intent : intents) {
            Operation op = stored.get(intent.key());
            if (op == null) {
                throw new StoreException("operation " + intent.key() + " not handed back by its insert");
            }
            result.add(op);
        }
        return result;
    }

    private static void bindIntent(PreparedStatement ps, int first, Intent intent, Instant now) throws SQLException {
        int i = first;
        ps.setString(i++, intent.key());
        ps.setString(i++, intent.kind());
        ps.setLong(i++, intent.companyId());
        Jdbc.setText(ps, i++, intent.subject());
        Jdbc.setText(ps, i++, intent.payloadHash());
        Jdbc.setText(ps, i++, intent.payload());
        ps.setString(i++, "pending");
        ps.setInt(i++, 0);
        Jdbc.setInstant(ps, i++, now);
        Jdbc.setInstant(ps, i, now);
    }

    @Override
    public Optional<Operation> find(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM operations WHERE op_key = ?", ps -> ps.setString(1, key),
                JdbcOperationsLog::map);
    }

    @Override
    public boolean markSent(String key, int seenAttempts, String payloadHash, String payload, Lease lease) {
        Instant now = clock.instant();
        int rows = jdbc.update(MARK_SENT,
                ps -> bindAttempt(ps, new Attempt(key, seenAttempts, payloadHash, payload), lease, now));
        return rows > 0 || requireIntent(key);
    }

    @Override
    public void endLease(String key, String owner, String error) {
        Instant now = clock.instant();
        jdbc.update("UPDATE operations SET lease_until = ?, last_error = ?, updated_at = ?"
                        + " WHERE op_key = ? AND state = 'sent' AND lease_owner = ?",
                ps -> {
                    Jdbc.setInstant(ps, 1, now);
                    Jdbc.setText(ps, 2, error);
                    Jdbc.setInstant(ps, 3, now);
                    ps.setString(4, key);
                    ps.setString(5, owner);
                });
    }

    /**
     * The compare-and-set of {@link #markSent} for many operations in one transaction: their rows are read and
     * locked, and those still at the attempt count seen are moved on with one IN-list update (per payload, for the
     * rare one whose payload changed since its intent).
     */
    @Override
    public Set<String> markAllSent(List<Attempt> attempts, Lease lease) {
        if (attempts.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        Map<String, Attempt> byKey = new LinkedHashMap<>();
        attempts.forEach(attempt -> byKey.putIfAbsent(attempt.key(), attempt));
        Set<String> marked = jdbc.inTransaction("marking " + byKey.size() + " operations as sent", connection -> {
            Set<String> moved = new LinkedHashSet<>();
            for (List<String> chunk : Jdbc.chunks(byKey.keySet())) {
                Map<String, Operation> locked = new HashMap<>();
                Jdbc.list(connection, "SELECT " + COLUMNS + " FROM operations WHERE op_key IN ("
                                + Jdbc.placeholders(chunk.size()) + ") FOR UPDATE",
                        ps -> Jdbc.bindStrings(ps, 1, chunk), JdbcOperationsLog::map)
                        .forEach(op -> locked.put(op.key(), op));
                List<String> samePayload = new ArrayList<>();
                for (String key : chunk) {
                    Operation op = locked.get(key);
                    if (op == null) {
                        requireChanged(0, key, "mark as sent");
                    }
                    Attempt attempt = byKey.get(key);
                    if (op.state() == OperationState.CONFIRMED || op.attempts() != attempt.seenAttempts()) {
                        continue;
                    }
                    if (java.util.Objects.equals(op.payloadHash(), attempt.payloadHash())) {
                        samePayload.add(key);
                    } else {
                        Jdbc.update(connection, MARK_SENT, ps -> bindAttempt(ps, attempt, lease, now));
                    }
                    moved.add(key);
                }
                if (!samePayload.isEmpty()) {
                    Jdbc.update(connection, "UPDATE operations SET state = 'sent', attempts = attempts + 1,"
                                    + " lease_owner = ?, lease_until = ?, next_attempt_at = NULL, updated_at = ?"
                                    + " WHERE op_key IN (" + Jdbc.placeholders(samePayload.size()) + ")",
                            ps -> {
                                ps.setString(1, lease.owner());
                                Jdbc.setInstant(ps, 2, lease.until());
                                Jdbc.setInstant(ps, 3, now);
                                Jdbc.bindStrings(ps, 4, samePayload);
                            });
                }
            }
            return moved;
        });
        Set<String> inOrder = new LinkedHashSet<>();
        attempts.forEach(attempt -> {
            if (marked.contains(attempt.key())) {
                inOrder.add(attempt.key());
            }
        });
        return inOrder;
    }

    /**
     * Why a compare-and-set found nothing: another worker moved the operation on since the caller read it (it may
     * have confirmed it meanwhile), hence false; or no intent was ever recorded, a bug of ours, hence thrown.
     */
    private boolean requireIntent(String key) {
        if (find(key).isEmpty()) {
            requireChanged(0, key, "mark as sent");
        }
        return false;
    }

    private static void bindAttempt(PreparedStatement ps, Attempt attempt, Lease lease, Instant now)
            throws SQLException {
        Jdbc.setText(ps, 1, attempt.payloadHash());
        Jdbc.setText(ps, 2, attempt.payload());
        ps.setString(3, lease.owner());
        Jdbc.setInstant(ps, 4, lease.until());
        Jdbc.setInstant(ps, 5, now);
        ps.setString(6, attempt.key());
        ps.setInt(7, attempt.seenAttempts());
    }

    @Override
    public void confirm(String key, String remoteId) {
        Instant now = clock.instant();
        requireChanged(jdbc.update(CONFIRM, ps -> bindConfirm(ps, key, remoteId, now)), key, "confirm");
    }

    /** One IN-list update per {@link Jdbc#CHUNK} keys, all in one transaction. */
    @Override
    public void confirmAll(Collection<String> keys, String remoteId) {
        if (keys.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Set<String> distinct = new LinkedHashSet<>(keys);
        jdbc.inTransaction("confirming " + distinct.size() + " operations", connection -> {
            for (List<String> chunk : Jdbc.chunks(distinct)) {
                int rows = Jdbc.update(connection, "UPDATE operations SET state = 'confirmed', remote_id = ?,"
                                + " last_error = NULL, next_attempt_at = NULL, updated_at = ?"
                                + " WHERE op_key IN (" + Jdbc.placeholders(chunk.size()) + ")",
                        ps -> {
                            Jdbc.setText(ps, 1, remoteId);
                            Jdbc.setInstant(ps, 2, now);
                            Jdbc.bindStrings(ps, 3, chunk);
                        });
                if (rows < chunk.size()) {
                    // Found rows are counted, so only a key without an intent falls short.
                    Set<String> present = new HashSet<>(Jdbc.list(connection, "SELECT op_key FROM operations"
                                    + " WHERE op_key IN (" + Jdbc.placeholders(chunk.size()) + ")",
                            ps -> Jdbc.bindStrings(ps, 1, chunk), rs -> rs.getString(1)));
                    chunk.stream().filter(key -> !present.contains(key)).findFirst()
                            .ifPresent(missing -> requireChanged(0, missing, "confirm"));
                }
            }
            return null;
        });
    }

    private static void bindConfirm(PreparedStatement ps, String key, String remoteId, Instant now) throws SQLException {
        Jdbc.setText(ps, 1, remoteId);
        Jdbc.setInstant(ps, 2, now);
        ps.setString(3, key);
    }

    @Override
    public void failRetryable(String key, String error, Instant nextAttemptAt) {
        int rows = jdbc.update("UPDATE operations SET state = 'failed-retryable', last_error = ?, next_attempt_at = ?,"
                        + " updated_at = ? WHERE op_key = ? AND state <> 'confirmed'",
                ps -> {
                    Jdbc.setText(ps, 1, error);
                    Jdbc.setInstant(ps, 2, nextAttemptAt);
                    Jdbc.setInstant(ps, 3, clock.instant());
                    ps.setString(4, key);
                });
        requireChanged(rows, key, "mark as failed (retryable)");
    }

    @Override
    public void failPermanent(String key, String error) {
        int rows = jdbc.update("UPDATE operations SET state = 'failed-permanent', last_error = ?, next_attempt_at = NULL,"
                        + " updated_at = ? WHERE op_key = ? AND state <> 'confirmed'",
                ps -> {
                    Jdbc.setText(ps, 1, error);
                    Jdbc.setInstant(ps, 2, clock.instant());
                    ps.setString(3, key);
                });
        requireChanged(rows, key, "mark as failed (permanent)");
    }

    @Override
    public List<Operation> unfinished(String kind, int limit) {
        // Listing the four states (not "<> confirmed") lets the (kind, state, created_at) index serve the query.
        return jdbc.list("SELECT " + COLUMNS + " FROM operations WHERE kind = ?"
                        + " AND state IN ('pending', 'sent', 'failed-retryable', 'failed-permanent')"
                        + " ORDER BY created_at, op_key LIMIT ?",
                ps -> {
                    ps.setString(1, kind);
                    ps.setInt(2, limit);
                },
                JdbcOperationsLog::map);
    }

    @Override
    public Map<OperationState, Long> countByState() {
        Map<OperationState, Long> counts = new EnumMap<>(OperationState.class);
        for (OperationState state : OperationState.values()) {
            counts.put(state, 0L);
        }
        jdbc.list("SELECT state, COUNT(*) FROM operations GROUP BY state", ps -> { },
                rs -> counts.put(fromColumn(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    private void requireChanged(int rows, String key, String what) {
        if (rows > 0) {
            return;
        }
        Optional<Operation> existing = find(key);
        throw new IllegalStateException(existing.isEmpty()
                ? "cannot " + what + " operation " + key + ": no intent was recorded under that key"
                : "cannot " + what + " operation " + key + ": it is confirmed already (remote id "
                        + existing.get().remoteId() + ")");
    }

    private static Operation map(ResultSet rs) throws SQLException {
        return new Operation(rs.getString("op_key"), rs.getString("kind"), rs.getLong("company_id"),
                rs.getString("subject"), rs.getString("payload_hash"), rs.getString("payload"),
                fromColumn(rs.getString("state")), rs.getInt("attempts"), Jdbc.getInstant(rs, "next_attempt_at"),
                rs.getString("last_error"), rs.getString("remote_id"), Jdbc.getInstant(rs, "created_at"),
                Jdbc.getInstant(rs, "updated_at"), rs.getString("lease_owner"), Jdbc.getInstant(rs, "lease_until"));
    }

    /** Stored as the readable words of the schema ("failed-retryable"), not the Java constant names. */
    static String toColumn(OperationState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static OperationState fromColumn(String value) {
        return OperationState.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
