package com.kraviabridge.core.domain;

/**
 * One line of a journal entry the bridge posts.
 *
 * @param accountCode            the ERP account code; null means the journal's own default account (the bank
 *                               account a payout lands on)
 * @param amount                 signed: positive is a debit, negative a credit
 * @param partnerId              0 when the line has no partner
 * @param reconcileWithInvoiceId when not 0, the line is reconciled with that invoice's receivable line
 * @param vatTax                 when not null, the line is the tax line of this ERP purchase tax (its name or id as
 *                               the administrator gave it), so it counts as deductible input VAT; else a plain line
 */
public record JournalLine(String accountCode, long partnerId, String label, Money amount, long reconcileWithInvoiceId,
                          String vatTax) {

    public JournalLine(String accountCode, long partnerId, String label, Money amount, long reconcileWithInvoiceId) {
        this(accountCode, partnerId, label, amount, reconcileWithInvoiceId, null);
    }

    public boolean isVatTaxLine() {
        return vatTax != null;
    }
}
