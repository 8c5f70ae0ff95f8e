package com.kraviabridge.core.policy;

import java.util.Map;

/**
 * Where one company books Kravia's settlements: the journal the payouts land in, the ERP account of each Kravia
 * ledger account, and the purchase tax of each Kravia VAT code whose VAT lines go to the VAT return.
 *
 * @param journalCode ERP journal code; null or blank when none is configured
 * @param accounts    Kravia ledger account number to ERP account code
 * @param vatTaxes    Kravia VAT code to the ERP purchase tax (its name or id)
 */
public record SettlementChart(String journalCode, Map<String, String> accounts, Map<String, String> vatTaxes) {

    public SettlementChart {
        accounts = Map.copyOf(accounts);
        vatTaxes = Map.copyOf(vatTaxes);
    }

    public boolean hasJournal() {
        return journalCode != null && !journalCode.isBlank();
    }
}
