package com.kraviabridge.store;

import com.kraviabridge.core.port.store.Cursors;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;

/** Cursors on the {@code cursors} table, one row per (company, stream). */
final class JdbcCursors implements Cursors {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcCursors(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<String> read(long companyId, String stream) {
        return jdbc.one("SELECT cursor_value FROM cursors WHERE company_id = ? AND stream = ?",
                ps -> {
                    ps.setLong(1, companyId);
                    ps.setString(2, stream);
                },
                rs -> rs.getString(1));
    }

    @Override
    public void write(long companyId, String stream, String value) {
        jdbc.update("INSERT INTO cursors (company_id, stream, cursor_value, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE cursor_value = VALUES(cursor_value), updated_at = VALUES(updated_at)",
                ps -> {
                    ps.setLong(1, companyId);
                    ps.setString(2, stream);
                    ps.setString(3, value);
                    Jdbc.setInstant(ps, 4, clock.instant());
                });
    }
}
