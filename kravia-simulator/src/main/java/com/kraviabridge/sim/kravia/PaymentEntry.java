package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money that changed a case (details {@code payments[]}, docs/kravia-contract.md §4). {@code amount} is what was
 * applied, not what was posted: the ignored over-capital part of a payment is not in it. Credits are negative.
 */
public record PaymentEntry(LocalDate date, BigDecimal amount, String accountingPaymentId, PaymentKind kind) {
}
