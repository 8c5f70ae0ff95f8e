package com.kraviabridge.store;

import com.kraviabridge.core.port.store.StoreUnavailable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The little JDBC the adapters need: one prepared statement per call in autocommit (or statements of many rows each
 * in one transaction, for the rows of a page), SQL errors turned into {@link StoreException}, and the conversions every
 * table shares (UTC instants, two-decimal amounts).
 */
final class Jdbc {

    /** Longest IN list sent at once; keeps statements small and far from the placeholder limit. */
    static final int CHUNK = 500;

    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int DEADLOCK_RETRIES = 5;

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Binds the parameters of one row of a batch. */
    @FunctionalInterface
    interface RowBinder<R> {
        void bind(PreparedStatement ps, R row) throws SQLException;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(PreparedStatement ps) throws SQLException;
    }

    private final DataSource dataSource;
    private final StoreServer server;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
        this.server = serverOf(dataSource);
    }

    /** The store's own data source knows its server; a bare one (in a test) does not, and its losses say less. */
    private static StoreServer serverOf(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(StoreServer.class) ? dataSource.unwrap(StoreServer.class) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * The server gone (or no connection in time) is not this statement's fault and no other statement will do
     * better, so it is told apart: a run stops on it. Any other failure is the statement's.
     */
    private RuntimeException failure(String message, SQLException e) {
        if (StoreServer.isLost(e)) {
            return server != null ? server.lost(e)
                    : new StoreUnavailable("lost the database server: " + StoreServer.rootMessage(e), e);
        }
        return new StoreException(message, e);
    }

    <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
        return run(sql, binder, ps -> rows(ps, mapper));
    }

    /** A query on the connection of a transaction ({@link #inTransaction}). */
    static <T> List<T> list(Connection connection, String sql, Binder binder, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return rows(ps, mapper);
        }
    }

    /** An update on the connection of a transaction; rows matched. */
    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    private static <T> List<T> rows(PreparedStatement ps, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    <T> Optional<T> one(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Binder binder) {
        return one(sql, binder, rs -> rs.getLong(1)).orElse(0L);
    }

    /** Rows matched (the driver reports found rows, so an update to identical values still counts). */
    int update(String sql, Binder binder) {
        return run(sql, binder, PreparedStatement::executeUpdate);
    }

    /**
     * Inserts the row; false when a unique key says it is there already, found without provoking a server error
     * (the driver logs every error the server sends as a WARN, and a repeated delivery is no error of ours). The
     * statement must be {@code INSERT ... ON DUPLICATE KEY UPDATE id = id} on a table whose AUTO_INCREMENT column
     * is {@code id}: the server hands back a generated key only for a row it inserted.
     */
    boolean insertUnlessPresent(String sql, Binder binder) {
        return run(sql, Statement.RETURN_GENERATED_KEYS, binder, ps -> {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next();
            }
        });
    }

    /** Statements on one connection, in one transaction. */
    @FunctionalInterface
    interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Binds one row's columns, from the parameter index given on. */
    @FunctionalInterface
    interface ColumnsBinder<R> {
        void bind(PreparedStatement ps, int first, R row) throws SQLException;
    }

    /**
     * Runs the work in one transaction: all of it or none. A deadlock victim was rolled back whole, so it is run
     * again whole; the work must therefore build its result afresh on every run.
     *
     * <p>This is where the statements that carry many rows each go (multi-row VALUES, IN lists): the server runs
     * one such statement for 500 rows four to five times faster than a JDBC batch of 500 one-row statements,
     * which it still executes one by one (measured on the embedded server: about 0.015 against 0.07 ms a row).
     */
    <T> T inTransaction(String what, Transaction<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                if (e.getErrorCode() == ER_LOCK_DEADLOCK && attempt < DEADLOCK_RETRIES) {
                    continue;
                }
                throw failure("store " + what + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Binds the parameters of a statement's tail, from the index given on. */
    @FunctionalInterface
    interface TailBinder {
        void bind(PreparedStatement ps, int first) throws SQLException;
    }

    /**
     * Runs {@code head + " VALUES (...), (...)" + tail} once per {@link #CHUNK} rows, all chunks in one
     * transaction, and hands back what a RETURNING tail returns (nothing without one).
     *
     * @param tailParameters binds the tail's own parameters, null when it has none
     */
    <R, T> List<T> insertRows(String head, int columns, String tail, Collection<R> rows, ColumnsBinder<R> binder,
                              TailBinder tailParameters, RowMapper<T> returning) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return inTransaction("insert of " + rows.size() + " rows [" + firstLine(head) + "]", connection -> {
            List<T> returned = new ArrayList<>();
            for (List<R> chunk : chunks(rows)) {
                String sql = head + " VALUES " + valueRows(chunk.size(), columns) + (tail.isEmpty() ? "" : " " + tail);
                Binder all = ps -> {
                    for (int i = 0; i < chunk.size(); i++) {
                        binder.bind(ps, 1 + i * columns, chunk.get(i));
                    }
                    if (tailParameters != null) {
                        tailParameters.bind(ps, 1 + chunk.size() * columns);
                    }
                };
                if (returning == null) {
                    update(connection, sql, all);
                } else {
                    returned.addAll(list(connection, sql, all, returning));
                }
            }
            return returned;
        });
    }

    /** "(?, ?), (?, ?)": the VALUES of {@code rows} rows of {@code columns} columns. */
    static String valueRows(int rows, int columns) {
        String row = "(" + placeholders(columns) + ")";
        return String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    private <T> T run(String sql, Binder binder, Work<T> work) {
        return run(sql, Statement.NO_GENERATED_KEYS, binder, work);
    }

    private <T> T run(String sql, int generatedKeys, Binder binder, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement ps = connection.prepareStatement(sql, generatedKeys)) {
                binder.bind(ps);
                return work.run(ps);
            } catch (SQLException e) {
                // InnoDB picks a victim when two single-statement transactions lock the same rows in a different
                // order (concurrent upserts of one key can do that); the victim was rolled back whole, so running
                // it again is safe.
                if (e.getErrorCode() == ER_LOCK_DEADLOCK && attempt < DEADLOCK_RETRIES) {
                    continue;
                }
                throw failure("store statement failed: " + e.getMessage() + " [" + firstLine(sql) + "]", e);
            }
        }
    }

    private static String firstLine(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    // ---- conversions -------------------------------------------------------------------------------------------

    /** DATETIME(6) has no zone; every instant is written as UTC wall time, truncated to what the column keeps. */
    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static void setLocalDateTime(PreparedStatement ps, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
        }
    }

    static LocalDateTime getLocalDateTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    /** Amounts are DECIMAL(19,2); rounding here, like {@code Money} does, keeps the database from doing it silently. */
    static void setAmount(PreparedStatement ps, int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, amount.setScale(2, RoundingMode.HALF_UP));
        }
    }

    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    /** "?, ?, ?" for an IN list of {@code n} values. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static void bindLongs(PreparedStatement ps, int firstIndex, List<Long> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setLong(firstIndex + i, values.get(i));
        }
    }

    static void bindStrings(PreparedStatement ps, int firstIndex, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(firstIndex + i, values.get(i));
        }
    }
}
