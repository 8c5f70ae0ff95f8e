package com.kraviabridge.core.domain;

import java.time.LocalDate;

/** What we ask Kravia to collect: one overdue invoice, handed over as a collection case. */
public record NewCase(long creditorId, String accountingInvoiceId, String invoiceNumber, LocalDate invoiceDate,
                      LocalDate dueDate, Money amount, Debtor debtor, String description) {
}
