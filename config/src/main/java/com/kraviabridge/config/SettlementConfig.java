package com.kraviabridge.config;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How Kravia's settlements are posted in Odoo ({@code settlement.*}).
 *
 * @param journal  Odoo journal code where Kravia's payouts land; present whenever {@link #enabled()}
 * @param accounts Kravia ledger account number → Odoo account code
 */
public record SettlementConfig(Optional<String> journal, Map<String, String> accounts) {

    public SettlementConfig {
        accounts = Collections.unmodifiableMap(new TreeMap<>(accounts));
    }

    /** Settlements are posted only when the administrator has mapped Kravia's ledger accounts. */
    public boolean enabled() {
        return !accounts.isEmpty();
    }
}
