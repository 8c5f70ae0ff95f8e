package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One bookkeeping line of a settlement (docs/kravia-contract.md §10). Amounts are signed from the creditor's bank view:
 * collected capital positive, VAT on Kravia's costs and provision negative.
 *
 * @param component {@code capital}, {@code vat} or {@code provision}
 */
public record SettlementLine(long invoiceId, String invoiceNo, String accountingInvoiceId, String component,
                             BigDecimal amount, int ledgerAccount, int vatCode, LocalDate bookingDate,
                             String description) {

    public static final String CAPITAL = "capital";
    public static final String VAT = "vat";
    public static final String PROVISION = "provision";
}
