package com.kraviabridge.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code settlement.*} and a company's own {@code creditor.<company>.settlement-*}: where Kravia's settlements are
 * posted in Odoo. Optional as a whole.
 */
final class SettlementBinder {

    private final SettingReader in;

    SettlementBinder(SettingReader in) {
        this.in = in;
    }

    SettlementConfig settlement() {
        Map<String, String> accounts = accounts(KeyCatalog.SETTLEMENT_ACCOUNT);
        Map<String, String> companyAccounts = accounts(KeyCatalog.CREDITOR_SETTLEMENT_ACCOUNT);
        Map<Long, SettlementConfig.CompanySettlement> companies = new LinkedHashMap<>();
        for (String company : companiesWithOwnSettlementKeys()) {
            Optional<String> journal = journalCode("creditor." + company + ".settlement-journal");
            Map<String, String> own = new LinkedHashMap<>();
            companyAccounts.forEach((key, code) -> {
                List<String> parts = KeyCatalog.get(KeyCatalog.CREDITOR_SETTLEMENT_ACCOUNT).placeholdersIn(key).orElseThrow();
                if (parts.get(0).equals(company)) {
                    own.put(parts.get(1), code);
                }
            });
            companies.put(Long.parseLong(company), new SettlementConfig.CompanySettlement(journal, own));
        }
        Optional<String> journal = journalCode("settlement.journal");
        Map<String, String> vatTaxes = vatTaxes();
        SettlementPost post = in.choice("settlement.post", SettlementPost.class);
        SettlementConfig config = new SettlementConfig(journal, accounts, vatTaxes, post, companies);
        if (config.enabled()) {
            for (String key : in.instancesOf(KeyCatalog.CREDITOR_ID)) {
                String company = KeyCatalog.get(KeyCatalog.CREDITOR_ID).placeholderIn(key).orElseThrow();
                if (company.matches("\\d{1,18}") && config.journalOf(Long.parseLong(company)).isEmpty()) {
                    in.required("settlement.journal", "settlements are posted because settlement.account.* are set;"
                            + " give the code of the Odoo journal where Kravia's payouts land, e.g. BNK (or"
                            + " creditor." + company + ".settlement-journal for Odoo company " + company + ")");
                    break;
                }
            }
        } else {
            for (String key : List.of("settlement.journal", "settlement.post")) {
                if (in.isGiven(key)) {
                    in.warning(key, "is set, but no settlement.account.<Kravia ledger account> is, so settlements"
                            + " are not posted");
                }
            }
        }
        return config;
    }

    /** Ledger account → Odoo account code, keyed by the setting's key. */
    private Map<String, String> accounts(String template) {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String key : in.instancesOf(template)) {
            List<String> parts = KeyCatalog.get(template).placeholdersIn(key).orElseThrow();
            String ledgerAccount = parts.get(parts.size() - 1);
            String odooAccount = in.required(key, "the Odoo account code to post Kravia's ledger account "
                    + ledgerAccount + " to, e.g. " + key + " = 1500");
            if (!ledgerAccount.chars().allMatch(Character::isDigit)) {
                in.error(key, "'" + ledgerAccount + "' is not a Kravia ledger account number; write e.g. "
                        + key.substring(0, key.length() - ledgerAccount.length()) + "1500");
            } else if (odooAccount.chars().anyMatch(Character::isWhitespace)) {
                in.error(key, "Odoo account codes have no spaces, not " + in.quoted(key));
            } else if (!odooAccount.isEmpty()) {
                accounts.put(template.equals(KeyCatalog.SETTLEMENT_ACCOUNT) ? ledgerAccount : key, odooAccount);
            }
        }
        return accounts;
    }

    private Map<String, String> vatTaxes() {
        Map<String, String> taxes = new LinkedHashMap<>();
        for (String key : in.instancesOf(KeyCatalog.SETTLEMENT_VAT_TAX)) {
            String vatCode = KeyCatalog.get(KeyCatalog.SETTLEMENT_VAT_TAX).placeholderIn(key).orElseThrow();
            String tax = in.required(key, "the name or id of the Odoo purchase tax that Kravia's VAT lines of VAT code "
                    + vatCode + " are booked on, e.g. " + key + " = Inngående mva 25 %").strip();
            if (!vatCode.chars().allMatch(Character::isDigit)) {
                in.error(key, "'" + vatCode + "' is not a Kravia VAT code (a number such as 1); write e.g."
                        + " settlement.vat-tax.1");
            } else if (!tax.isEmpty()) {
                taxes.put(vatCode, tax);
            }
        }
        return taxes;
    }

    /** The companies named by creditor.<company>.settlement-*; each must be a company the bridge serves. */
    private List<String> companiesWithOwnSettlementKeys() {
        java.util.Set<String> companies = new java.util.TreeSet<>();
        for (String template : List.of(KeyCatalog.CREDITOR_SETTLEMENT_JOURNAL, KeyCatalog.CREDITOR_SETTLEMENT_ACCOUNT)) {
            for (String key : in.instancesOf(template)) {
                String company = KeyCatalog.get(template).placeholderIn(key).orElseThrow();
                if (!company.matches("\\d{1,18}")) {
                    in.error(key, "'" + company + "' is not an Odoo company id; write e.g. creditor.1."
                            + key.substring(key.indexOf(".settlement-") + 1));
                } else if (!in.isGiven("creditor." + company + ".id")) {
                    in.error(key, "Odoo company " + company + " is not handed to Kravia (creditor." + company
                            + ".id is not set), so it has no settlements to post");
                } else {
                    companies.add(company);
                }
            }
        }
        return List.copyOf(companies);
    }

    private Optional<String> journalCode(String key) {
        String journal = in.text(key);
        if (journal.chars().anyMatch(Character::isWhitespace)) {
            in.error(key, "Odoo journal codes have no spaces, not " + in.quoted(key));
        }
        return journal.isEmpty() ? Optional.empty() : Optional.of(journal);
    }
}
