package com.kraviabridge.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code settlement.*}: where Kravia's settlements are posted in Odoo. Optional as a whole. */
final class SettlementBinder {

    private final SettingReader in;

    SettlementBinder(SettingReader in) {
        this.in = in;
    }

    SettlementConfig settlement() {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String key : in.instancesOf(KeyCatalog.SETTLEMENT_ACCOUNT)) {
            String ledgerAccount = KeyCatalog.get(KeyCatalog.SETTLEMENT_ACCOUNT).placeholderIn(key).orElseThrow();
            String odooAccount = in.required(key, "the Odoo account code to post Kravia's ledger account "
                    + ledgerAccount + " to, e.g. " + key + " = 1500");
            if (!ledgerAccount.chars().allMatch(Character::isDigit)) {
                in.error(key, "'" + ledgerAccount + "' is not a Kravia ledger account number; write e.g. settlement.account.1500");
            } else if (odooAccount.chars().anyMatch(Character::isWhitespace)) {
                in.error(key, "Odoo account codes have no spaces, not " + in.quoted(key));
            } else if (!odooAccount.isEmpty()) {
                accounts.put(ledgerAccount, odooAccount);
            }
        }
        String journal = in.text("settlement.journal");
        if (journal.chars().anyMatch(Character::isWhitespace)) {
            in.error("settlement.journal", "Odoo journal codes have no spaces, not " + in.quoted("settlement.journal"));
        }
        boolean accountsGiven = !in.instancesOf(KeyCatalog.SETTLEMENT_ACCOUNT).isEmpty();
        if (accountsGiven) {
            in.required("settlement.journal", "settlements are posted because settlement.account.* are set;"
                    + " give the code of the Odoo journal where Kravia's payouts land, e.g. BNK");
        } else if (!journal.isEmpty()) {
            in.warning("settlement.journal", "is set, but no settlement.account.<Kravia ledger account> is, so"
                    + " settlements are not posted");
        }
        return new SettlementConfig(journal.isEmpty() ? Optional.empty() : Optional.of(journal), accounts);
    }
}
