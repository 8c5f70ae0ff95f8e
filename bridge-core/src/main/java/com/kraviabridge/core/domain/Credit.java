package com.kraviabridge.core.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A credit note against forwarded invoices. Amounts are positive here; the collector adapter
 * applies the sign its API wants.
 */
public record Credit(String accountingPaymentId, LocalDate date, Money total, List<CasePart> parts,
                     String description) {

    public Credit {
        parts = List.copyOf(parts);
    }
}
