package com.kraviabridge.core.domain;

import java.time.LocalDate;

/**
 * Money applied to a customer invoice in the ERP: one partial reconciliation.
 *
 * @param id                the ERP's id of the reconciliation (Odoo partial reconcile id); stable and unique
 * @param amount            the part applied to the invoice, positive, in the invoice's currency
 * @param counterpartMoveId the ERP document on the other side (payment entry, credit note, journal entry)
 * @param counterpartName   its number as users see it
 * @param paymentId         the payment record, when there is one
 * @param journalCode       journal of the counterpart document
 * @param partnerId         partner of the counterpart document (0 when none)
 * @param reference         the counterpart's reference or memo; the bridge's own entries carry their marker here
 * @param reversedInvoiceId for a credit note, the invoice it reverses (0 when not linked)
 * @param statementLine     the bank statement line the money came in on, when the ERP knows it (else null)
 */
public record Allocation(long id, long companyId, long invoiceId, AllocationKind kind, Money amount, LocalDate date,
                         long counterpartMoveId, String counterpartName, Long paymentId, String journalCode,
                         long partnerId, String reference, long reversedInvoiceId, StatementLine statementLine) {

    /** An allocation whose bank statement line is not known. */
    public Allocation(long id, long companyId, long invoiceId, AllocationKind kind, Money amount, LocalDate date,
                      long counterpartMoveId, String counterpartName, Long paymentId, String journalCode,
                      long partnerId, String reference, long reversedInvoiceId) {
        this(id, companyId, invoiceId, kind, amount, date, counterpartMoveId, counterpartName, paymentId, journalCode,
                partnerId, reference, reversedInvoiceId, null);
    }

    public Allocation withStatementLine(StatementLine line) {
        return new Allocation(id, companyId, invoiceId, kind, amount, date, counterpartMoveId, counterpartName,
                paymentId, journalCode, partnerId, reference, reversedInvoiceId, line);
    }
}
