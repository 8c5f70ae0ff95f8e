package com.kraviabridge.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A posted customer invoice in the ERP.
 *
 * @param id       the ERP's record id; sent to Kravia as {@code accountingInvoiceId}
 * @param number   the invoice number printed on the invoice
 * @param total    amount including VAT, in the invoice's own currency
 * @param residual what is still open, in the invoice's own currency
 */
public record Invoice(long id, String number, long companyId, LocalDate invoiceDate, LocalDate dueDate,
                      Money total, Money residual, PaymentState paymentState, Debtor debtor) {

    public Invoice {
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(paymentState, "paymentState");
        Objects.requireNonNull(debtor, "debtor");
    }

    public String currency() {
        return residual.currency();
    }
}
