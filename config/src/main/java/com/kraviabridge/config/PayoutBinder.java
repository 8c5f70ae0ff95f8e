package com.kraviabridge.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The payout keys under one prefix: {@code kravia.} for the common ones, {@code creditor.<odoo company id>.} for a
 * company's own. A key the prefix does not give keeps the value it falls back to.
 */
final class PayoutBinder {

    static final String PARTNER = "payout-partner";
    static final String JOURNALS = "payout-journals";
    static final String BANK_ACCOUNTS = "payout-bank-accounts";
    static final String REFERENCE = "payout-reference";
    static final List<String> KEYS = List.of(PARTNER, JOURNALS, BANK_ACCOUNTS, REFERENCE);

    private static final Pattern CODE = Pattern.compile("\\S+");
    /** An account number once the spaces and dots people write in it are taken out (Norwegian or IBAN). */
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{5,34}");

    private final SettingReader in;

    PayoutBinder(SettingReader in) {
        this.in = in;
    }

    PayoutConfig bind(String prefix, PayoutConfig fallback) {
        return new PayoutConfig(partner(prefix + PARTNER, fallback), journals(prefix + JOURNALS, fallback),
                bankAccounts(prefix + BANK_ACCOUNTS, fallback), reference(prefix + REFERENCE, fallback));
    }

    private OptionalLong partner(String key, PayoutConfig fallback) {
        return in.isGiven(key) ? in.optionalId(key, "the Odoo partner id (res.partner) of Kravia") : fallback.partnerId();
    }

    private List<String> journals(String key, PayoutConfig fallback) {
        if (!in.isGiven(key)) {
            return fallback.journals();
        }
        List<String> journals = in.list(key);
        journals.stream().filter(j -> !CODE.matcher(j).matches()).findFirst().ifPresent(
                j -> in.error(key, "journal codes have no spaces: '" + j + "'"));
        return journals;
    }

    private List<String> bankAccounts(String key, PayoutConfig fallback) {
        if (!in.isGiven(key)) {
            return fallback.bankAccounts();
        }
        List<String> accounts = in.list(key);
        accounts.stream().filter(a -> !ACCOUNT.matcher(a.replaceAll("[\\s.\\-]", "")).matches()).findFirst()
                .ifPresent(a -> in.error(key, "'" + a + "' is not a bank account number; write Kravia's client-funds"
                        + " account numbers separated by commas, e.g. 1503.00.12345"));
        return accounts;
    }

    private Optional<Pattern> reference(String key, PayoutConfig fallback) {
        if (!in.isGiven(key)) {
            return fallback.reference();
        }
        String value = in.text(key);
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(value, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            in.error(key, "is not a valid pattern (" + e.getDescription() + " at position " + e.getIndex() + " of "
                    + in.quoted(key) + "); write a Java regular expression, e.g. KRAVIA|Kravia AS");
            return Optional.empty();
        }
    }
}
