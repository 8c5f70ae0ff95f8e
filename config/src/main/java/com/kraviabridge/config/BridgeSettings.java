package com.kraviabridge.config;

import java.util.List;
import java.util.Optional;

/** Everything the bridge is configured with, typed and validated. */
public record BridgeSettings(
        OdooSettings odoo,
        KraviaSettings kravia,
        List<CreditorMapping> creditors,
        CollectionSettings collection,
        DatabaseSettings database,
        ScheduleSettings schedule,
        WebhookSettings webhook,
        SettlementSettings settlement,
        LogFormat logFormat) {

    public BridgeSettings {
        creditors = List.copyOf(creditors);
    }

    public Optional<CreditorMapping> creditorFor(long odooCompanyId) {
        return creditors.stream().filter(c -> c.odooCompanyId() == odooCompanyId).findFirst();
    }
}
