package com.kraviabridge.core.domain;

/**
 * The bank statement line that brought money in, as the bank file gave it: who paid, from which account, and the
 * text the payer wrote. Read for payments matched from the bank, to tell Kravia's payouts from the customers' own.
 *
 * @param payerName     the payer's name as the bank reported it (null when not given)
 * @param accountNumber the account the money came from (null when not given)
 * @param label         the line's text: the payer's message, the KID (null when not given)
 */
public record StatementLine(String payerName, String accountNumber, String label) {
}
