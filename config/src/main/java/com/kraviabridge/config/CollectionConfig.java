package com.kraviabridge.config;

import java.math.BigDecimal;
import java.util.List;

/**
 * Which overdue invoices are handed over ({@code collection.*}).
 *
 * @param currencies ISO 4217 codes, upper case; empty means every currency
 */
public record CollectionConfig(
        int minDaysOverdue,
        BigDecimal minAmount,
        List<String> excludedPartnerTags,
        List<String> currencies) {

    public CollectionConfig {
        excludedPartnerTags = List.copyOf(excludedPartnerTags);
        currencies = List.copyOf(currencies);
    }
}
