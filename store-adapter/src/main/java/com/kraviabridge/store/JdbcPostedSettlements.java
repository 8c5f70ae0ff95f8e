package com.kraviabridge.store;

import com.kraviabridge.core.port.store.PostedSettlement;
import com.kraviabridge.core.port.store.PostedSettlements;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Posted settlements on the {@code posted_settlements} table, keyed by (creditor, settlement id); save replaces. */
final class JdbcPostedSettlements implements PostedSettlements {

    private static final String COLUMNS = "settlement_id, creditor_id, company_id, move_id, move_name, amount, currency,"
            + " bookkept, posted_at";

    private final Jdbc jdbc;

    JdbcPostedSettlements(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(PostedSettlement s) {
        jdbc.update("INSERT INTO posted_settlements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE company_id = VALUES(company_id), move_id = VALUES(move_id),"
                        + " move_name = VALUES(move_name), amount = VALUES(amount), currency = VALUES(currency),"
                        + " bookkept = VALUES(bookkept), posted_at = VALUES(posted_at)",
                ps -> {
                    ps.setString(1, s.settlementId());
                    ps.setLong(2, s.creditorId());
                    ps.setLong(3, s.companyId());
                    ps.setLong(4, s.moveId());
                    Jdbc.setText(ps, 5, s.moveName());
                    Jdbc.setAmount(ps, 6, s.amount());
                    Jdbc.setText(ps, 7, s.currency());
                    ps.setBoolean(8, s.bookkept());
                    Jdbc.setInstant(ps, 9, s.postedAt());
                });
    }

    @Override
    public Optional<PostedSettlement> find(long creditorId, String settlementId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM posted_settlements WHERE creditor_id = ? AND settlement_id = ?",
                ps -> {
                    ps.setLong(1, creditorId);
                    ps.setString(2, settlementId);
                },
                JdbcPostedSettlements::map);
    }

    @Override
    public List<PostedSettlement> list(long companyId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM posted_settlements WHERE company_id = ?"
                        + " ORDER BY posted_at, creditor_id, settlement_id",
                ps -> ps.setLong(1, companyId), JdbcPostedSettlements::map);
    }

    private static PostedSettlement map(ResultSet rs) throws SQLException {
        return new PostedSettlement(rs.getString("settlement_id"), rs.getLong("creditor_id"), rs.getLong("company_id"),
                rs.getLong("move_id"), rs.getString("move_name"), rs.getBigDecimal("amount"), rs.getString("currency"),
                rs.getBoolean("bookkept"), Jdbc.getInstant(rs, "posted_at"));
    }
}
