package com.kraviabridge.store;

import com.kraviabridge.core.port.store.OpenedReviewTask;
import com.kraviabridge.core.port.store.ReviewTaskLedger;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The to-dos opened for records kept for review, on the {@code review_tasks} table. */
final class JdbcReviewTaskLedger implements ReviewTaskLedger {

    private static final String COLUMNS = "record_key, company_id, invoice_id, reason_digest, task_id, opened_at";

    private final Jdbc jdbc;

    JdbcReviewTaskLedger(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<OpenedReviewTask> list(long companyId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM review_tasks WHERE company_id = ? ORDER BY opened_at, record_key",
                ps -> ps.setLong(1, companyId), JdbcReviewTaskLedger::map);
    }

    @Override
    public Optional<OpenedReviewTask> find(String recordKey) {
        return jdbc.one("SELECT " + COLUMNS + " FROM review_tasks WHERE record_key = ?",
                ps -> ps.setString(1, recordKey), JdbcReviewTaskLedger::map);
    }

    /**
     * One multi-row statement per chunk, in one transaction, each row carrying this call's claim token; a row
     * already recorded for the same reason keeps its own token (the assignments read the old digest, so it is
     * assigned last). The keys holding this call's token afterwards are the ones it claimed.
     */
    @Override
    public List<String> intend(List<OpenedReviewTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        String changed = "reason_digest <> VALUES(reason_digest)";
        return jdbc.inTransaction("record of " + tasks.size() + " review tasks", connection -> {
            List<String> claimed = new ArrayList<>();
            for (List<OpenedReviewTask> chunk : Jdbc.chunks(tasks)) {
                Jdbc.update(connection, "INSERT INTO review_tasks (" + COLUMNS + ", claim_token) VALUES "
                        + Jdbc.valueRows(chunk.size(), 7) + " ON DUPLICATE KEY UPDATE"
                        + " claim_token = IF(" + changed + ", VALUES(claim_token), claim_token),"
                        + " task_id = IF(" + changed + ", VALUES(task_id), task_id),"
                        + " opened_at = IF(" + changed + ", VALUES(opened_at), opened_at),"
                        + " invoice_id = IF(" + changed + ", VALUES(invoice_id), invoice_id),"
                        + " company_id = VALUES(company_id), reason_digest = VALUES(reason_digest)", ps -> {
                            int i = 1;
                            for (OpenedReviewTask t : chunk) {
                                bind(ps, i, t);
                                ps.setString(i + 6, token);
                                i += 7;
                            }
                        });
                List<String> keys = chunk.stream().map(OpenedReviewTask::recordKey).toList();
                claimed.addAll(Jdbc.list(connection, "SELECT record_key FROM review_tasks WHERE claim_token = ?"
                                + " AND record_key IN (" + Jdbc.placeholders(keys.size()) + ")", ps -> {
                            ps.setString(1, token);
                            Jdbc.bindStrings(ps, 2, keys);
                        }, rs -> rs.getString(1)));
            }
            return claimed;
        });
    }

    private static void bind(PreparedStatement ps, int first, OpenedReviewTask t) throws SQLException {
        ps.setString(first, t.recordKey());
        ps.setLong(first + 1, t.companyId());
        ps.setLong(first + 2, t.invoiceId());
        ps.setString(first + 3, t.reasonDigest());
        if (t.taskId() == null) {
            ps.setNull(first + 4, Types.BIGINT);
        } else {
            ps.setLong(first + 4, t.taskId());
        }
        Jdbc.setInstant(ps, first + 5, t.openedAt());
    }

    /** One statement per chunk: a CASE over the keys sets each row's own id. */
    @Override
    public void opened(Map<String, Long> taskIdByRecordKey) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(taskIdByRecordKey.entrySet());
        for (List<Map.Entry<String, Long>> chunk : Jdbc.chunks(entries)) {
            StringBuilder sql = new StringBuilder("UPDATE review_tasks SET task_id = CASE record_key");
            chunk.forEach(e -> sql.append(" WHEN ? THEN ?"));
            sql.append(" END WHERE record_key IN (").append(Jdbc.placeholders(chunk.size())).append(")");
            jdbc.update(sql.toString(), ps -> {
                int i = 1;
                for (Map.Entry<String, Long> e : chunk) {
                    ps.setString(i++, e.getKey());
                    ps.setLong(i++, e.getValue());
                }
                Jdbc.bindStrings(ps, i, chunk.stream().map(Map.Entry::getKey).toList());
            });
        }
    }

    @Override
    public void forget(Collection<String> recordKeys) {
        for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(recordKeys))) {
            jdbc.update("DELETE FROM review_tasks WHERE record_key IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    ps -> Jdbc.bindStrings(ps, 1, chunk));
        }
    }

    private static OpenedReviewTask map(ResultSet rs) throws SQLException {
        return new OpenedReviewTask(rs.getString("record_key"), rs.getLong("company_id"), rs.getLong("invoice_id"),
                rs.getString("reason_digest"), rs.getObject("task_id", Long.class), Jdbc.getInstant(rs, "opened_at"));
    }
}
