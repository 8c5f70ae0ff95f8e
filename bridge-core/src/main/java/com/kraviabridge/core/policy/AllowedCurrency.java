package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.util.Set;

/** Restricts collection to the currencies the creditor agreed with Kravia; empty means every currency. */
public final class AllowedCurrency implements EligibilityPolicy {

    private final Set<String> currencies;

    public AllowedCurrency(Set<String> currencies) {
        this.currencies = Set.copyOf(currencies);
    }

    @Override
    public Verdict assess(Invoice invoice) {
        if (!currencies.isEmpty() && !currencies.contains(invoice.currency())) {
            return Verdict.rejected("invoice " + invoice.number() + " is in " + invoice.currency()
                    + ", not one of " + String.join(", ", currencies.stream().sorted().toList()) + " (collection.currencies)");
        }
        return Verdict.allowed();
    }
}
