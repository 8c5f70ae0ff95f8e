package com.kraviabridge.core.policy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What marks a payment in the ERP as Kravia's payout, as configured for one company. Each part may be left out.
 *
 * @param partnerId    the ERP partner that stands for Kravia (0 when not configured)
 * @param journals     ERP journal codes where only Kravia's payouts land
 * @param bankAccounts Kravia's client-funds account numbers, which its payouts come from
 * @param reference    what Kravia's name or message looks like on a bank line or a payment memo (null: none)
 */
public record PayoutSignals(long partnerId, Set<String> journals, Set<String> bankAccounts, Pattern reference) {

    public PayoutSignals {
        journals = Set.copyOf(journals);
        bankAccounts = bankAccounts.stream().map(PayoutSignals::accountDigits).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static PayoutSignals none() {
        return new PayoutSignals(0, Set.of(), Set.of(), null);
    }

    /**
     * An account number as banks compare it: banks and people write Norwegian account numbers with spaces or dots
     * between the groups (1503.00.12345, 1503 00 12345), which are no part of the number.
     */
    public static String accountDigits(String account) {
        return account == null ? "" : account.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    boolean isKraviaAccount(String account) {
        return bankAccounts.contains(accountDigits(account));
    }

    boolean knowsBankAccounts() {
        return !bankAccounts.isEmpty();
    }

    /** Whether Kravia's name or message is found in the text (anywhere in it). */
    boolean namesKravia(String text) {
        return reference != null && text != null && reference.matcher(text).find();
    }
}
