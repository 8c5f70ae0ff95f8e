package com.kraviabridge.config;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How Kravia's settlements are posted in Odoo ({@code settlement.*}, and a company's own
 * {@code creditor.<company>.settlement-*}, which win over the global keys for that company).
 *
 * @param journal   Odoo journal code where Kravia's payouts land; present whenever {@link #enabled()} unless every
 *                  company has its own
 * @param accounts  Kravia ledger account number → Odoo account code
 * @param vatTaxes  Kravia VAT code → the Odoo purchase tax (name or id) its VAT lines are booked on
 * @param post      posted at once, or drafts for review
 * @param companies a company's own journal and accounts, by Odoo company id
 */
public record SettlementConfig(Optional<String> journal, Map<String, String> accounts, Map<String, String> vatTaxes,
                               SettlementPost post, Map<Long, CompanySettlement> companies) {

    public SettlementConfig {
        accounts = Collections.unmodifiableMap(new TreeMap<>(accounts));
        vatTaxes = Collections.unmodifiableMap(new TreeMap<>(vatTaxes));
        companies = Collections.unmodifiableMap(new TreeMap<>(companies));
    }

    public SettlementConfig(Optional<String> journal, Map<String, String> accounts) {
        this(journal, accounts, Map.of(), SettlementPost.POSTED, Map.of());
    }

    /** Settlements are posted only when the administrator has mapped Kravia's ledger accounts. */
    public boolean enabled() {
        return !accounts.isEmpty() || companies.values().stream().anyMatch(c -> !c.accounts().isEmpty());
    }

    /** The journal of that company: its own, else the global one. */
    public Optional<String> journalOf(long companyId) {
        return Optional.ofNullable(companies.get(companyId)).flatMap(CompanySettlement::journal).or(() -> journal);
    }

    /** The accounts of that company: the global mapping with the company's own on top. */
    public Map<String, String> accountsOf(long companyId) {
        Map<String, String> merged = new TreeMap<>(accounts);
        Optional.ofNullable(companies.get(companyId)).ifPresent(c -> merged.putAll(c.accounts()));
        return Collections.unmodifiableMap(merged);
    }

    /** One company's own settlement journal and accounts ({@code creditor.<company>.settlement-*}). */
    public record CompanySettlement(Optional<String> journal, Map<String, String> accounts) {

        public CompanySettlement {
            accounts = Collections.unmodifiableMap(new TreeMap<>(accounts));
        }
    }
}
