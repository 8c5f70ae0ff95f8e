package com.kraviabridge.store;

import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Parked records on the {@code parked_records} table. Parking a key again updates what it says but keeps the
 * time it was first parked, so {@code bridge status} shows how long it has been waiting; a record parked again
 * without its invoice keeps the invoice it was parked with.
 */
final class JdbcParkedRecords implements ParkedRecords {

    private static final String COLUMNS = "record_key, company_id, kind, subject, reason, parked_at, invoice_id";

    private final Jdbc jdbc;

    JdbcParkedRecords(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void park(ParkedRecord r) {
        jdbc.update("INSERT INTO parked_records (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE company_id = VALUES(company_id), kind = VALUES(kind),"
                        + " subject = VALUES(subject), reason = VALUES(reason),"
                        + " invoice_id = COALESCE(VALUES(invoice_id), invoice_id)",
                ps -> {
                    ps.setString(1, r.key());
                    ps.setLong(2, r.companyId());
                    ps.setString(3, r.kind().code());
                    Jdbc.setText(ps, 4, r.subject());
                    Jdbc.setText(ps, 5, r.reason());
                    Jdbc.setInstant(ps, 6, r.parkedAt());
                    if (r.invoiceId() == null) {
                        ps.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(7, r.invoiceId());
                    }
                });
    }

    @Override
    public void release(String key) {
        jdbc.update("DELETE FROM parked_records WHERE record_key = ?", ps -> ps.setString(1, key));
    }

    /** One DELETE per {@link Jdbc#CHUNK} keys: a set-based statement, no batch needed. */
    @Override
    public void releaseAll(Collection<String> keys) {
        for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(keys))) {
            jdbc.update("DELETE FROM parked_records WHERE record_key IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    ps -> Jdbc.bindStrings(ps, 1, chunk));
        }
    }

    @Override
    public List<ParkedRecord> list(long companyId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM parked_records WHERE company_id = ? ORDER BY parked_at, record_key",
                ps -> ps.setLong(1, companyId), JdbcParkedRecords::map);
    }

    @Override
    public List<ParkedRecord> all() {
        return jdbc.list("SELECT " + COLUMNS + " FROM parked_records ORDER BY company_id, parked_at, record_key",
                ps -> { }, JdbcParkedRecords::map);
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM parked_records", ps -> { });
    }

    private static ParkedRecord map(ResultSet rs) throws SQLException {
        return new ParkedRecord(rs.getString("record_key"), rs.getLong("company_id"),
                ParkedKind.ofCode(rs.getString("kind")),
                rs.getString("subject"), rs.getString("reason"), Jdbc.getInstant(rs, "parked_at"),
                rs.getObject("invoice_id", Long.class));
    }
}
