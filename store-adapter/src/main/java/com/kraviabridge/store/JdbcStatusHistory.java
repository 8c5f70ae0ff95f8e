package com.kraviabridge.store;

import com.kraviabridge.core.port.store.StatusChange;
import com.kraviabridge.core.port.store.StatusHistory;

import javax.sql.DataSource;
import java.util.Collection;
import java.util.List;

/**
 * Status history on the {@code status_history} table. A change is the same when creditor, case, status and
 * Kravia's time agree; a change without a Kravia time counts as one time (the schema folds NULL into a fixed
 * value for the unique key), so it too is recorded once.
 */
final class JdbcStatusHistory implements StatusHistory {

    private final Jdbc jdbc;

    JdbcStatusHistory(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public boolean record(StatusChange change) {
        return jdbc.insertUnlessPresent("INSERT INTO status_history (creditor_id, kravia_invoice_id, invoice_id,"
                        + " status, close_reason, kravia_updated_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE id = id",
                ps -> {
                    ps.setLong(1, change.creditorId());
                    ps.setLong(2, change.kraviaInvoiceId());
                    ps.setLong(3, change.invoiceId());
                    ps.setString(4, change.status());
                    Jdbc.setText(ps, 5, change.closeReason());
                    Jdbc.setLocalDateTime(ps, 6, change.kraviaUpdatedAt());
                    Jdbc.setInstant(ps, 7, change.recordedAt());
                });
    }

    @Override
    public List<StatusChange> of(long creditorId, long kraviaInvoiceId) {
        return jdbc.list("SELECT creditor_id, kravia_invoice_id, invoice_id, status, close_reason, kravia_updated_at,"
                        + " recorded_at FROM status_history WHERE creditor_id = ? AND kravia_invoice_id = ?"
                        + " ORDER BY kravia_updated_key, id",
                ps -> {
                    ps.setLong(1, creditorId);
                    ps.setLong(2, kraviaInvoiceId);
                },
                rs -> new StatusChange(rs.getLong("creditor_id"), rs.getLong("kravia_invoice_id"),
                        rs.getLong("invoice_id"), rs.getString("status"), rs.getString("close_reason"),
                        Jdbc.getLocalDateTime(rs, "kravia_updated_at"), Jdbc.getInstant(rs, "recorded_at")));
    }

    /** One multi-row insert per chunk; a change recorded before is left as it is, as {@link #record} does. */
    @Override
    public void recordAll(Collection<StatusChange> changes) {
        for (List<StatusChange> chunk : Jdbc.chunks(changes)) {
            String rows = String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?)"));
            jdbc.update("INSERT INTO status_history (creditor_id, kravia_invoice_id, invoice_id, status,"
                            + " close_reason, kravia_updated_at, recorded_at) VALUES " + rows
                            + " ON DUPLICATE KEY UPDATE id = id",
                    ps -> {
                        int i = 0;
                        for (StatusChange change : chunk) {
                            ps.setLong(++i, change.creditorId());
                            ps.setLong(++i, change.kraviaInvoiceId());
                            ps.setLong(++i, change.invoiceId());
                            ps.setString(++i, change.status());
                            Jdbc.setText(ps, ++i, change.closeReason());
                            Jdbc.setLocalDateTime(ps, ++i, change.kraviaUpdatedAt());
                            Jdbc.setInstant(ps, ++i, change.recordedAt());
                        }
                    });
        }
    }
}
