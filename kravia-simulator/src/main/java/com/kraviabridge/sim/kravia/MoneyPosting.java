package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A validated {@code invoice/payment} (kind DIRECT, positive parts) or {@code invoice/creditnote} (CREDIT, negative). */
record MoneyPosting(PaymentKind kind, LocalDate date, String accountingPaymentId, List<Part> parts) {

    record Part(long invoiceId, BigDecimal amount) {
    }

    MoneyPosting {
        parts = List.copyOf(parts);
    }
}
