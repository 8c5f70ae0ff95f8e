package com.kraviabridge.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How Kravia's payouts are told from customers' payments in Odoo ({@code kravia.payout-*}, and per company
 * {@code creditor.<odoo company id>.payout-*}, each given key replacing the common one).
 *
 * @param partnerId    Odoo partner id of Kravia
 * @param journals     Odoo journal codes where only Kravia's payouts land
 * @param bankAccounts Kravia's client-funds account numbers, as written (spaces and dots are ignored when compared)
 * @param reference    a pattern found in Kravia's name or message on a bank line or payment memo, case-insensitive
 */
public record PayoutConfig(OptionalLong partnerId, List<String> journals, List<String> bankAccounts,
                           Optional<Pattern> reference) {

    public PayoutConfig {
        journals = List.copyOf(journals);
        bankAccounts = List.copyOf(bankAccounts);
    }

    public static PayoutConfig none() {
        return new PayoutConfig(OptionalLong.empty(), List.of(), List.of(), Optional.empty());
    }
}
