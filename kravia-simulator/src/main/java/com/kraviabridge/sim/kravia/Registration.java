package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated {@code invoice/register} body. */
record Registration(ClaimType claimType, long creditorId, String accountingInvoiceId, DebtorData debtor,
                    String invoiceNo, LocalDate invoiceDate, LocalDate dueDate, BigDecimal originalAmount,
                    String currencyCode, String description) {
}
