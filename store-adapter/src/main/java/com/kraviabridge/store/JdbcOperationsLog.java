package com.kraviabridge.store;

import com.kraviabridge.core.store.Operation;
import com.kraviabridge.core.store.OperationState;
import com.kraviabridge.core.store.OperationsLog;

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
public final class JdbcOperationsLog implements OperationsLog {

    private static final String COLUMNS = "op_key, kind, company_id, subject, payload_hash, payload, state, attempts,"
            + " next_attempt_at, last_error, remote_id, created_at, updated_at";

    private static final String INSERT_INTENT = "INSERT INTO operations (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, NULL, NULL, NULL, ?, ?) ON DUPLICATE KEY UPDATE op_key = op_key";

    /** The attempt count is the version: of two workers that read the same intent, only one moves it on. */
    private static final String MARK_SENT = "UPDATE operations SET state = 'sent', attempts = attempts + 1,"
            + " payload_hash = ?, payload = ?, next_attempt_at = NULL, updated_at = ?"
            + " WHERE op_key = ? AND state <> 'confirmed' AND attempts = ?";

    /** Allowed from every state: a lookup may find the effect of an attempt recorded as failed. */
    private static final String CONFIRM = "UPDATE operations SET state = 'confirmed', remote_id = ?, last_error = NULL,"
            + " next_attempt_at = NULL, updated_at = ? WHERE op_key = ?";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcOperationsLog(DataSource dataSource, Clock clock) {
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
        return jdbc.one(INSERT_INTENT + " RETURNING " + COLUMNS,
                ps -> bindIntent(ps, new Intent(key, kind, companyId, subject, payloadHash, payload), now),
                JdbcOperationsLog::map)
                .orElseThrow(() -> new StoreException("operation " + key + " not handed back by its insert"));
    }

    /**
     * One batch inserts the new intents and leaves the others alone, one read per {@link Jdbc#CHUNK} keys hands
     * back the rows as stored. A batch cannot carry RETURNING, hence the read.
     */
    @Override
    public List<Operation> recordIntents(List<Intent> intents) {
        if (intents.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        jdbc.batch(INSERT_INTENT, intents, (ps, intent) -> bindIntent(ps, intent, now));
        Map<String, Operation> stored = new HashMap<>();
        for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(intents.stream().map(Intent::key).toList()))) {
            jdbc.list("SELECT " + COLUMNS + " FROM operations WHERE op_key IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    ps -> Jdbc.bindStrings(ps, 1, chunk),
                    JdbcOperationsLog::map).forEach(op -> stored.put(op.key(), op));
        }
        List<Operation> result = new ArrayList<>(intents.size());
        for (Intent intent : intents) {
            Operation op = stored.get(intent.key());
            if (op == null) {
                throw new StoreException("operation " + intent.key() + " vanished right after its insert");
            }
            result.add(op);
        }
        return result;
    }

    private static void bindIntent(PreparedStatement ps, Intent intent, Instant now) throws SQLException {
        ps.setString(1, intent.key());
        ps.setString(2, intent.kind());
        ps.setLong(3, intent.companyId());
        Jdbc.setText(ps, 4, intent.subject());
        Jdbc.setText(ps, 5, intent.payloadHash());
        Jdbc.setText(ps, 6, intent.payload());
        Jdbc.setInstant(ps, 7, now);
        Jdbc.setInstant(ps, 8, now);
    }

    @Override
    public Optional<Operation> find(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM operations WHERE op_key = ?", ps -> ps.setString(1, key),
                JdbcOperationsLog::map);
    }

    @Override
    public boolean markSent(String key, int seenAttempts, String payloadHash, String payload) {
        Instant now = clock.instant();
        int rows = jdbc.update(MARK_SENT, ps -> bindAttempt(ps, new Attempt(key, seenAttempts, payloadHash, payload), now));
        return rows > 0 || requireIntent(key);
    }

    @Override
    public Set<String> markAllSent(List<Attempt> attempts) {
        Instant now = clock.instant();
        int[] rows = jdbc.batch(MARK_SENT, attempts, (ps, attempt) -> bindAttempt(ps, attempt, now));
        Set<String> marked = new LinkedHashSet<>();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] > 0 || requireIntent(attempts.get(i).key())) {
                marked.add(attempts.get(i).key());
            }
        }
        return marked;
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

    private static void bindAttempt(PreparedStatement ps, Attempt attempt, Instant now) throws SQLException {
        Jdbc.setText(ps, 1, attempt.payloadHash());
        Jdbc.setText(ps, 2, attempt.payload());
        Jdbc.setInstant(ps, 3, now);
        ps.setString(4, attempt.key());
        ps.setInt(5, attempt.seenAttempts());
    }

    @Override
    public void confirm(String key, String remoteId) {
        Instant now = clock.instant();
        requireChanged(jdbc.update(CONFIRM, ps -> bindConfirm(ps, key, remoteId, now)), key, "confirm");
    }

    @Override
    public void confirmAll(Collection<String> keys, String remoteId) {
        Instant now = clock.instant();
        List<String> ordered = List.copyOf(keys);
        int[] rows = jdbc.batch(CONFIRM, ordered, (ps, key) -> bindConfirm(ps, key, remoteId, now));
        for (int i = 0; i < rows.length; i++) {
            requireChanged(rows[i], ordered.get(i), "confirm");
        }
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
                Jdbc.getInstant(rs, "updated_at"));
    }

    /** Stored as the readable words of the schema ("failed-retryable"), not the Java constant names. */
    static String toColumn(OperationState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static OperationState fromColumn(String value) {
        return OperationState.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
