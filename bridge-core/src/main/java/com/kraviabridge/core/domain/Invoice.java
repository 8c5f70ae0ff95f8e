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
 * @param held     an accountant keeps the invoice out of collection in the ERP ("Keep out of Kravia")
 * @param approved an accountant has approved the invoice for collection in the ERP ("Approved for Kravia")
 */
public record Invoice(long id, String number, long companyId, LocalDate invoiceDate, LocalDate dueDate,
                      Money total, Money residual, PaymentState paymentState, Debtor debtor, boolean held,
                      boolean approved) {

    /** An invoice nobody has held or approved in the ERP (or whose ERP has no such marks). */
    public Invoice(long id, String number, long companyId, LocalDate invoiceDate, LocalDate dueDate, Money total,
                   Money residual, PaymentState paymentState, Debtor debtor) {
        this(id, number, companyId, invoiceDate, dueDate, total, residual, paymentState, debtor, false, false);
    }

    public Invoice {
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(paymentState, "paymentState");
        Objects.requireNonNull(debtor, "debtor");
    }

    /** The same invoice with the accountant's marks as the ERP shows them. */
    public Invoice withMarks(boolean held, boolean approved) {
        return new Invoice(id, number, companyId, invoiceDate, dueDate, total, residual, paymentState, debtor, held,
                approved);
    }

    public String currency() {
        return residual.currency();
    }
}
