package com.kraviabridge.core.domain;

/**
 * One line of a journal entry the bridge posts.
 *
 * @param accountCode            the ERP account code; null means the journal's own default account (the bank
 *                               account a payout lands on)
 * @param amount                 signed: positive is a debit, negative a credit
 * @param partnerId              0 when the line has no partner
 * @param reconcileWithInvoiceId when not 0, the line is reconciled with that invoice's receivable line
 */
public record JournalLine(String accountCode, long partnerId, String label, Money amount, long reconcileWithInvoiceId) {
}
