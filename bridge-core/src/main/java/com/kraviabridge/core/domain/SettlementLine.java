package com.kraviabridge.core.domain;

import java.time.LocalDate;

/**
 * One line of a settlement's bookkeeping suggestion. Amounts are signed from the creditor's bank view:
 * collected capital positive, Kravia's deductions (VAT on its costs, provision) negative.
 *
 * @param component     capital, vat, provision, … as Kravia names it
 * @param ledgerAccount Kravia's ledger account number, mapped to an ERP account by configuration
 */
public record SettlementLine(Long kraviaInvoiceId, String invoiceNumber, String accountingInvoiceId, String component,
                             Money amount, String ledgerAccount, String vatCode, LocalDate bookingDate,
                             String description) {

    public boolean isCapital() {
        return "capital".equalsIgnoreCase(component);
    }
}
