package com.kraviabridge.store;

import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.store.CaseBook;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case map on the {@code case_map} table, keyed by (company, invoice).
 *
 * <p>Whether a case is open is decided by {@link CollectionCase#isOpen()} and stored next to the status, so the
 * rule stays in the domain and the open-case queries can use an index.
 */
final class JdbcCaseBook implements CaseBook {

    private static final String COLUMNS = "company_id, invoice_id, invoice_number, creditor_id, kravia_invoice_id,"
            + " debtor_number, partner_id, status, is_open, close_reason, remaining_capital, currency,"
            + " kravia_updated_at, forwarded_at";

    private static final int COLUMN_COUNT = 14;

    private static final String INSERT = "INSERT INTO case_map (" + COLUMNS + ")";

    private static final String ON_DUPLICATE = "ON DUPLICATE KEY UPDATE invoice_number = VALUES(invoice_number),"
            + " creditor_id = VALUES(creditor_id), kravia_invoice_id = VALUES(kravia_invoice_id),"
            + " debtor_number = VALUES(debtor_number), partner_id = VALUES(partner_id),"
            + " status = VALUES(status), is_open = VALUES(is_open), close_reason = VALUES(close_reason),"
            + " remaining_capital = VALUES(remaining_capital), currency = VALUES(currency),"
            + " kravia_updated_at = VALUES(kravia_updated_at), forwarded_at = VALUES(forwarded_at)";

    private final Jdbc jdbc;

    JdbcCaseBook(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void save(CollectionCase c) {
        jdbc.update(INSERT + " VALUES " + Jdbc.valueRows(1, COLUMN_COUNT) + " " + ON_DUPLICATE, ps -> bind(ps, 1, c));
    }

    /**
     * One UPDATE per chunk, joined with the amounts: the capital is lowered from what is stored at that moment,
     * so a status written in between is neither lost nor overwritten.
     */
    @Override
    public void lowerCapital(long companyId, Map<Long, Money> byInvoice, Instant at) {
        List<Map.Entry<Long, Money>> amounts = List.copyOf(byInvoice.entrySet());
        if (amounts.isEmpty()) {
            return;
        }
        jdbc.inTransaction("lowering the capital of " + amounts.size() + " cases", connection -> {
            for (List<Map.Entry<Long, Money>> chunk : Jdbc.chunks(amounts)) {
                String rows = String.join(" UNION ALL ", java.util.Collections.nCopies(chunk.size(),
                        "SELECT CAST(? AS SIGNED) AS invoice_id, CAST(? AS DECIMAL(19,2)) AS amount,"
                                + " CAST(? AS CHAR(3) CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AS currency"));
                Jdbc.update(connection, "UPDATE case_map c JOIN (" + rows + ") v"
                                + " ON c.company_id = ? AND c.invoice_id = v.invoice_id AND c.currency = v.currency"
                                + " SET c.remaining_capital = GREATEST(c.remaining_capital - v.amount, 0),"
                                + " c.capital_lowered_at = ?",
                        ps -> {
                            int i = 1;
                            for (Map.Entry<Long, Money> entry : chunk) {
                                ps.setLong(i++, entry.getKey());
                                Jdbc.setAmount(ps, i++, entry.getValue().amount());
                                ps.setString(i++, entry.getValue().currency());
                            }
                            ps.setLong(i++, companyId);
                            Jdbc.setInstant(ps, i, at);
                        });
            }
            return null;
        });
    }

    /**
     * The upsert of {@link #saveAll} restricted to what the feed knows; the capital only where the bridge has not
     * lowered it since {@code readAt}.
     */
    @Override
    public void recordStatus(Collection<CollectionCase> collectionCases, Instant readAt) {
        String keepLowered = "capital_lowered_at IS NOT NULL AND capital_lowered_at >= ?";
        jdbc.insertRows(INSERT, COLUMN_COUNT, "ON DUPLICATE KEY UPDATE status = VALUES(status),"
                        + " is_open = VALUES(is_open), close_reason = VALUES(close_reason),"
                        + " kravia_updated_at = VALUES(kravia_updated_at),"
                        + " remaining_capital = IF(" + keepLowered + ", remaining_capital, VALUES(remaining_capital)),"
                        + " currency = IF(" + keepLowered + ", currency, VALUES(currency))",
                collectionCases, JdbcCaseBook::bind,
                (ps, first) -> {
                    Jdbc.setInstant(ps, first, readAt);
                    Jdbc.setInstant(ps, first + 1, readAt);
                },
                null);
    }

    @Override
    public void saveAll(Collection<CollectionCase> collectionCases) {
        jdbc.insertRows(INSERT, COLUMN_COUNT, ON_DUPLICATE, collectionCases, JdbcCaseBook::bind, null, null);
    }

    private static void bind(PreparedStatement ps, int first, CollectionCase c) throws SQLException {
        int i = first;
        ps.setLong(i++, c.companyId());
        ps.setLong(i++, c.invoiceId());
        Jdbc.setText(ps, i++, c.invoiceNumber());
        ps.setLong(i++, c.creditorId());
        ps.setLong(i++, c.kraviaInvoiceId());
        Jdbc.setText(ps, i++, c.debtorNumber());
        ps.setLong(i++, c.partnerId());
        ps.setString(i++, c.status().value());
        ps.setBoolean(i++, c.isOpen());
        Jdbc.setText(ps, i++, c.closeReason());
        Money remaining = c.remainingCapital();
        Jdbc.setAmount(ps, i++, remaining == null ? null : remaining.amount());
        Jdbc.setText(ps, i++, remaining == null ? null : remaining.currency());
        Jdbc.setLocalDateTime(ps, i++, c.kraviaUpdatedAt());
        Jdbc.setInstant(ps, i, c.forwardedAt());
    }

    @Override
    public Optional<CollectionCase> byInvoice(long companyId, long invoiceId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM case_map WHERE company_id = ? AND invoice_id = ?",
                ps -> {
                    ps.setLong(1, companyId);
                    ps.setLong(2, invoiceId);
                },
                JdbcCaseBook::map);
    }

    @Override
    public Optional<CollectionCase> byKraviaId(long creditorId, long kraviaInvoiceId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM case_map WHERE creditor_id = ? AND kravia_invoice_id = ?"
                        + " ORDER BY company_id, invoice_id",
                ps -> {
                    ps.setLong(1, creditorId);
                    ps.setLong(2, kraviaInvoiceId);
                },
                JdbcCaseBook::map);
    }

    @Override
    public Map<Long, CollectionCase> byInvoices(long companyId, Collection<Long> invoiceIds) {
        Map<Long, CollectionCase> found = new LinkedHashMap<>();
        for (List<Long> chunk : Jdbc.chunks(new LinkedHashSet<>(invoiceIds))) {
            jdbc.list("SELECT " + COLUMNS + " FROM case_map WHERE company_id = ? AND invoice_id IN ("
                            + Jdbc.placeholders(chunk.size()) + ")",
                    ps -> {
                        ps.setLong(1, companyId);
                        Jdbc.bindLongs(ps, 2, chunk);
                    },
                    JdbcCaseBook::map).forEach(c -> found.put(c.invoiceId(), c));
        }
        return found;
    }

    @Override
    public List<CollectionCase> page(long companyId, boolean openOnly, long afterInvoiceId, int limit) {
        return jdbc.list("SELECT " + COLUMNS + " FROM case_map WHERE company_id = ? AND invoice_id > ?"
                        + (openOnly ? " AND is_open" : "") + " ORDER BY invoice_id LIMIT ?",
                ps -> {
                    ps.setLong(1, companyId);
                    ps.setLong(2, afterInvoiceId);
                    ps.setInt(3, limit);
                },
                JdbcCaseBook::map);
    }

    @Override
    public List<CollectionCase> byInvoiceNumber(String invoiceNumber) {
        return jdbc.list("SELECT " + COLUMNS + " FROM case_map WHERE invoice_number = ?"
                        + " ORDER BY company_id, invoice_id",
                ps -> ps.setString(1, invoiceNumber),
                JdbcCaseBook::map);
    }

    @Override
    public long count(long companyId, boolean openOnly) {
        return jdbc.count("SELECT COUNT(*) FROM case_map WHERE company_id = ?" + (openOnly ? " AND is_open" : ""),
                ps -> ps.setLong(1, companyId));
    }

    @Override
    public Map<Long, Long> openCasesByCompany() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.list("SELECT company_id, COUNT(*) AS open_cases FROM case_map WHERE is_open GROUP BY company_id"
                        + " ORDER BY company_id", ps -> { },
                rs -> Map.entry(rs.getLong("company_id"), rs.getLong("open_cases")))
                .forEach(row -> counts.put(row.getKey(), row.getValue()));
        return counts;
    }

    private static CollectionCase map(ResultSet rs) throws SQLException {
        BigDecimal remaining = rs.getBigDecimal("remaining_capital");
        String currency = rs.getString("currency");
        return new CollectionCase(rs.getLong("company_id"), rs.getLong("invoice_id"), rs.getString("invoice_number"),
                rs.getLong("creditor_id"), rs.getLong("kravia_invoice_id"), rs.getString("debtor_number"),
                rs.getLong("partner_id"), new CaseStatus(rs.getString("status")), rs.getString("close_reason"),
                remaining == null || currency == null ? null : new Money(remaining, currency),
                Jdbc.getLocalDateTime(rs, "kravia_updated_at"), Jdbc.getInstant(rs, "forwarded_at"));
    }

    @Override
    public Map<Long, CollectionCase> byKraviaIds(long creditorId, Collection<Long> kraviaInvoiceIds) {
        Map<Long, CollectionCase> found = new LinkedHashMap<>();
        for (List<Long> chunk : Jdbc.chunks(new LinkedHashSet<>(kraviaInvoiceIds))) {
            // Ordered as byKraviaId orders, so the same case wins should a Kravia id ever be stored twice.
            jdbc.list("SELECT " + COLUMNS + " FROM case_map WHERE creditor_id = ? AND kravia_invoice_id IN ("
                            + Jdbc.placeholders(chunk.size()) + ") ORDER BY company_id, invoice_id",
                    ps -> {
                        ps.setLong(1, creditorId);
                        Jdbc.bindLongs(ps, 2, chunk);
                    },
                    JdbcCaseBook::map).forEach(c -> found.putIfAbsent(c.kraviaInvoiceId(), c));
        }
        return found;
    }

}
