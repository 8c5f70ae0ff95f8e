package com.kraviabridge.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry the bridge asks the ERP to post. {@code ref} identifies it, so that a retry finds the
 * entry posted before instead of creating a second one.
 */
public record JournalEntry(long companyId, String journalCode, LocalDate date, String ref, List<JournalLine> lines) {

    /**
     * Starts the reference of every entry the bridge posts for a Kravia settlement. The ERP adapter recognises the
     * bridge's own entries by it, so Kravia's payouts are never forwarded back as the debtor's payments.
     */
    public static final String SETTLEMENT_REF_PREFIX = "KRAVIA-SETTLEMENT-";

    public JournalEntry {
        lines = List.copyOf(lines);
    }

    public boolean isBalanced() {
        if (lines.isEmpty()) {
            return false;
        }
        Money sum = Money.zero(lines.get(0).amount().currency());
        for (JournalLine line : lines) {
            sum = sum.plus(line.amount());
        }
        return sum.isZero();
    }
}
