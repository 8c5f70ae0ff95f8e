package com.kraviabridge.store;

import com.kraviabridge.core.store.Operation;
import com.kraviabridge.core.store.OperationState;
import com.kraviabridge.core.store.OperationsLog;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The operations log on the {@code operations} table. The idempotency key is the primary key, so two intents
 * for the same effect, from two threads or two bridge instances, meet on one row.
 *
 * <p>A confirmed operation is final: marking it sent or failed again is refused with an
 * {@link IllegalStateException}, because that would mean sending an effect Kravia or Odoo already has.
 */
public final class JdbcOperationsLog implements OperationsLog {

    private static final String COLUMNS = "op_key, kind, company_id, subject, payload_hash, payload, state, attempts,"
            + " next_attempt_at, last_error, remote_id, created_at, updated_at";

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
        // a too-long subject or a missing kind still fails loudly.
        jdbc.update("INSERT INTO operations (" + COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, NULL, NULL, NULL, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE op_key = op_key",
                ps -> {
                    ps.setString(1, key);
                    ps.setString(2, kind);
                    ps.setLong(3, companyId);
                    Jdbc.setText(ps, 4, subject);
                    Jdbc.setText(ps, 5, payloadHash);
                    Jdbc.setText(ps, 6, payload);
                    Jdbc.setInstant(ps, 7, now);
                    Jdbc.setInstant(ps, 8, now);
                });
        // Autocommit: this read is its own transaction and sees whichever insert won.
        return find(key).orElseThrow(() -> new StoreException("operation " + key + " vanished right after its insert"));
    }

    @Override
    public Optional<Operation> find(String key) {
        return jdbc.one("SELECT " + COLUMNS + " FROM operations WHERE op_key = ?", ps -> ps.setString(1, key),
                JdbcOperationsLog::map);
    }

    @Override
    public boolean markSent(String key, int seenAttempts, String payloadHash, String payload) {
        // The attempt count is the version: of two workers that read the same intent, only one moves it on.
        int rows = jdbc.update("UPDATE operations SET state = 'sent', attempts = attempts + 1, payload_hash = ?,"
                        + " payload = ?, next_attempt_at = NULL, updated_at = ?"
                        + " WHERE op_key = ? AND state <> 'confirmed' AND attempts = ?",
                ps -> {
                    Jdbc.setText(ps, 1, payloadHash);
                    Jdbc.setText(ps, 2, payload);
                    Jdbc.setInstant(ps, 3, clock.instant());
                    ps.setString(4, key);
                    ps.setInt(5, seenAttempts);
                });
        if (rows == 0) {
            Operation current = find(key).orElse(null);
            if (current == null || current.isConfirmed()) {
                requireChanged(0, key, "mark as sent");
            }
            return false;
        }
        return true;
    }

    @Override
    public void confirm(String key, String remoteId) {
        // Allowed from every state: a lookup may find the effect of an attempt recorded as failed.
        int rows = jdbc.update("UPDATE operations SET state = 'confirmed', remote_id = ?, last_error = NULL,"
                        + " next_attempt_at = NULL, updated_at = ? WHERE op_key = ?",
                ps -> {
                    Jdbc.setText(ps, 1, remoteId);
                    Jdbc.setInstant(ps, 2, clock.instant());
                    ps.setString(3, key);
                });
        requireChanged(rows, key, "confirm");
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
