package com.kraviabridge.core.policy;

import java.math.BigDecimal;
import java.util.Set;

/** The creditor's choices that decide which overdue invoices go to collection. */
public record CollectionRules(int minimumDaysOverdue, BigDecimal minimumAmount, Set<String> excludedPartnerTags,
                             Set<String> currencies) {

    public static final int NORWEGIAN_MINIMUM_DAYS = 14;

    public CollectionRules {
        excludedPartnerTags = Set.copyOf(excludedPartnerTags);
        currencies = Set.copyOf(currencies);
    }

    public static CollectionRules norwegianDefaults() {
        return new CollectionRules(NORWEGIAN_MINIMUM_DAYS, BigDecimal.ZERO, Set.of(), Set.of());
    }
}
