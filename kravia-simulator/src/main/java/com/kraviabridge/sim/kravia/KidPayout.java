package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payout in KID mode: the capital Kravia collected on one invoice, paid from Kravia's client-funds account
 * ({@code fromAccount}) to the creditor's own account ({@code toAccount}) with the invoice's KID as the reference.
 */
public record KidPayout(long id, long creditorId, long invoiceId, String invoiceNo, String accountingInvoiceId,
                        String kid, BigDecimal amount, String currencyCode, LocalDate date, String fromAccount,
                        String toAccount) {
}
