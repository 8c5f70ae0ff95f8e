package com.kraviabridge.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A payout from Kravia to the creditor with its bookkeeping suggestion.
 *
 * @param amount what reached the creditor's bank: the sum of the lines
 */
public record Settlement(String id, long creditorId, LocalDate date, Money amount, List<SettlementLine> lines) {

    public Settlement {
        lines = List.copyOf(lines);
    }

    public Money sumOfLines() {
        return lines.stream().map(SettlementLine::amount).reduce(Money.zero(amount.currency()), Money::plus);
    }
}
