package com.kraviabridge.store;

import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Handled ERP allocations on the {@code forwarded_allocations} table, keyed by (company, allocation id). */
final class JdbcForwardedAllocations implements ForwardedAllocations {

    private static final String COLUMNS = "allocation_id, company_id, invoice_id, kravia_invoice_id, kind, amount, currency,"
            + " operation_key, undone, handled_at";

    private final Jdbc jdbc;

    JdbcForwardedAllocations(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * One multi-row insert per chunk; a row stored already is left as it was by a no-op update, so a repeat is no
     * server error (which the driver would log as a warning).
     */
    @Override
    public void addAll(Collection<ForwardedAllocation> allocations) {
        jdbc.insertRows("INSERT INTO forwarded_allocations (" + COLUMNS + ")", 10,
                "ON DUPLICATE KEY UPDATE allocation_id = allocation_id", allocations,
                (ps, first, a) -> {
                    int i = first;
                    ps.setLong(i++, a.allocationId());
                    ps.setLong(i++, a.companyId());
                    ps.setLong(i++, a.invoiceId());
                    ps.setLong(i++, a.kraviaInvoiceId());
                    ps.setString(i++, a.outcome().code());
                    Jdbc.setAmount(ps, i++, a.amount());
                    Jdbc.setText(ps, i++, a.currency());
                    Jdbc.setText(ps, i++, a.operationKey());
                    ps.setBoolean(i++, a.undone());
                    Jdbc.setInstant(ps, i, a.handledAt());
                },
                null, null);
    }

    @Override
    public Set<Long> handled(long companyId, Collection<Long> allocationIds) {
        Set<Long> handled = new HashSet<>();
        for (List<Long> chunk : Jdbc.chunks(new LinkedHashSet<>(allocationIds))) {
            handled.addAll(jdbc.list("SELECT allocation_id FROM forwarded_allocations WHERE company_id = ?"
                            + " AND allocation_id IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    ps -> {
                        ps.setLong(1, companyId);
                        Jdbc.bindLongs(ps, 2, chunk);
                    },
                    rs -> rs.getLong(1)));
        }
        return handled;
    }

    @Override
    public List<ForwardedAllocation> ofInvoices(long companyId, Collection<Long> invoiceIds) {
        List<ForwardedAllocation> found = new ArrayList<>();
        for (List<Long> chunk : Jdbc.chunks(new LinkedHashSet<>(invoiceIds))) {
            found.addAll(jdbc.list("SELECT " + COLUMNS + " FROM forwarded_allocations WHERE company_id = ?"
                            + " AND undone = FALSE AND invoice_id IN (" + Jdbc.placeholders(chunk.size()) + ")"
                            + " ORDER BY invoice_id, allocation_id",
                    ps -> {
                        ps.setLong(1, companyId);
                        Jdbc.bindLongs(ps, 2, chunk);
                    },
                    JdbcForwardedAllocations::map));
        }
        return found;
    }

    @Override
    public void markUndone(long companyId, long allocationId) {
        jdbc.update("UPDATE forwarded_allocations SET undone = TRUE WHERE company_id = ? AND allocation_id = ?",
                ps -> {
                    ps.setLong(1, companyId);
                    ps.setLong(2, allocationId);
                });
    }

    @Override
    public List<ForwardedAllocation> sentPage(long companyId, AllocationOutcome outcome, long afterAllocationId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM forwarded_allocations WHERE company_id = ? AND allocation_id > ?"
                        + " AND kind = ? AND undone = FALSE AND amount > 0 ORDER BY allocation_id LIMIT ?",
                ps -> {
                    ps.setLong(1, companyId);
                    ps.setLong(2, afterAllocationId);
                    ps.setString(3, outcome.code());
                    ps.setInt(4, limit);
                },
                JdbcForwardedAllocations::map);
    }

    private static ForwardedAllocation map(ResultSet rs) throws SQLException {
        return new ForwardedAllocation(rs.getLong("allocation_id"), rs.getLong("company_id"), rs.getLong("invoice_id"),
                rs.getLong("kravia_invoice_id"), AllocationOutcome.ofCode(rs.getString("kind")), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("operation_key"), rs.getBoolean("undone"),
                Jdbc.getInstant(rs, "handled_at"));
    }
}
