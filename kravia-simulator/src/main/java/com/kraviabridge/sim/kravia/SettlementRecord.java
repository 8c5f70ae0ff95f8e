package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One payout and whether the creditor has bookkept it. Guarded by the simulator's lock. */
final class SettlementRecord {

    private final long id;
    private final long creditorId;
    private final LocalDate date;
    private final String currencyCode;
    private final List<SettlementLine> lines;
    private final BigDecimal amount;
    private String internalAccountingId;

    SettlementRecord(long id, long creditorId, LocalDate date, String currencyCode, List<SettlementLine> lines) {
        this.id = id;
        this.creditorId = creditorId;
        this.date = date;
        this.currencyCode = currencyCode;
        this.lines = List.copyOf(lines);
        this.amount = lines.stream().map(SettlementLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    long id() {
        return id;
    }

    long creditorId() {
        return creditorId;
    }

    boolean closed() {
        return internalAccountingId != null;
    }

    /**
     * Repeating the call with the same voucher id is harmless (docs/kravia-contract.md §10); a different voucher id for
     * a settlement already booked is refused with 409, since booking one payout twice would double it in the ledger.
     */
    void bookkeep(String voucherId) {
        if (internalAccountingId == null) {
            internalAccountingId = voucherId;
        } else if (!internalAccountingId.equals(voucherId)) {
            throw ApiError.conflict("Settlement " + id + " is already bookkept as '" + internalAccountingId + "'.");
        }
    }

    SettlementSnapshot snapshot() {
        return new SettlementSnapshot(id, creditorId, date, amount, currencyCode, closed(), internalAccountingId, lines);
    }
}
