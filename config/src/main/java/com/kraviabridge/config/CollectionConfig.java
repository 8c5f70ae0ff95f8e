package com.kraviabridge.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which overdue invoices are handed over ({@code collection.*}).
 *
 * @param currencies               ISO 4217 codes, upper case; empty means every currency
 * @param approval                 whether invoices wait for an accountant's approval in Odoo
 * @param approvalAfterDaysOverdue in automatic mode, invoices overdue by more than this many days wait for approval
 *                                 all the same; empty when none does
 */
public record CollectionConfig(
        int minDaysOverdue,
        BigDecimal minAmount,
        List<String> excludedPartnerTags,
        List<String> currencies,
        ApprovalMode approval,
        OptionalInt approvalAfterDaysOverdue) {

    public CollectionConfig {
        excludedPartnerTags = List.copyOf(excludedPartnerTags);
        currencies = List.copyOf(currencies);
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(approvalAfterDaysOverdue, "approvalAfterDaysOverdue");
    }

    /** Invoices go without approval. */
    public CollectionConfig(int minDaysOverdue, BigDecimal minAmount, List<String> excludedPartnerTags,
                            List<String> currencies) {
        this(minDaysOverdue, minAmount, excludedPartnerTags, currencies, ApprovalMode.AUTOMATIC, OptionalInt.empty());
    }
}
