package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payout from Kravia to a creditor (docs/kravia-contract.md §10). {@code amount} is the sum of the line amounts;
 * {@code closed} turns true when the creditor bookkept it.
 */
public record SettlementSnapshot(long id, long creditorId, LocalDate date, BigDecimal amount, String currencyCode,
                                 boolean closed, String internalAccountingId, List<SettlementLine> lines) {

    public SettlementSnapshot {
        lines = List.copyOf(lines);
    }
}
