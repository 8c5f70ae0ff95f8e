package com.kraviabridge.config;

import java.util.List;
import java.util.Optional;

/** Everything the bridge is configured with, typed and validated. */
public record BridgeConfig(
        OdooConfig odoo,
        KraviaConfig kravia,
        List<CreditorConfig> creditors,
        CollectionConfig collection,
        DatabaseConfig database,
        ScheduleConfig schedule,
        WebhookConfig webhook,
        SettlementConfig settlement,
        LogFormat logFormat) {

    public BridgeConfig {
        creditors = List.copyOf(creditors);
    }

    public Optional<CreditorConfig> creditorFor(long odooCompanyId) {
        return creditors.stream().filter(c -> c.odooCompanyId() == odooCompanyId).findFirst();
    }
}
