package com.kraviabridge.sim.odoo.seed;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an imported bank statement as a bank file gives it: the payer's name and account number, the memo
 * (which carries the KID when the payer gave one), the amount and the booking date, and, when the import already
 * recognised the payer, a partner.
 */
public record BankLine(LocalDate date, BigDecimal amount, String payerName, String accountNumber, String memo,
                       Integer partnerId) {

    public static BankLine of(LocalDate date, String amount, String payerName, String accountNumber, String memo) {
        return new BankLine(date, new BigDecimal(amount), payerName, accountNumber, memo, null);
    }

    public BankLine withPartner(int partner) {
        return new BankLine(date, amount, payerName, accountNumber, memo, partner);
    }
}
