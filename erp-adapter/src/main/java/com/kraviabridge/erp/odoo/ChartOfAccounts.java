package com.kraviabridge.erp.odoo;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A company's journals and accounts by code, and its currency. Account codes are per company from 18 on
 * (P17), which the company context of every call takes care of; the dialect picks the company field.
 */
final class ChartOfAccounts {

    private final OdooClient odoo;
    private final ExpiringCache<Long, String> companyCurrencies;

    ChartOfAccounts(OdooClient odoo, Duration ttl, Clock clock) {
        this.odoo = odoo;
        this.companyCurrencies = new ExpiringCache<>(ttl, clock);
    }

    Optional<Journal> journal(long companyId, String code) {
        List<OdooRecord> rows = odoo.searchRead(companyId, "account.journal",
                Domain.where("code", "=", code).and("company_id", "=", companyId),
                List.of("code", "default_account_id"), "id asc", 1);
        return rows.stream().findFirst().map(r -> new Journal(r.id(), r.text("code"), r.refId("default_account_id")));
    }

    /** Account ids by code, for the codes the company has. */
    Map<String, Long> accountIds(long companyId, Collection<String> codes) {
        Set<String> wanted = Set.copyOf(codes);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Domain domain = Domain.where("code", "in", List.copyOf(wanted)).and(odoo.dialect().accountOfCompany(companyId));
        Map<String, Long> ids = new HashMap<>();
        for (OdooRecord row : odoo.searchRead(companyId, "account.account", domain, List.of("code"), "id asc", 0)) {
            String code = row.text("code");
            if (code != null && wanted.contains(code)) {
                ids.putIfAbsent(code, row.id());
            }
        }
        return ids;
    }

    /** The ISO code of the company's own currency, which journal entry amounts are in. */
    String currencyOf(long companyId) {
        return companyCurrencies.getAll(List.of(companyId), missing -> {
            Map<Long, String> codes = new HashMap<>();
            for (OdooRecord row : odoo.readByIds(companyId, "res.company", missing, List.of("currency_id"))) {
                codes.put(row.id(), row.refName("currency_id"));
            }
            return codes;
        }).get(companyId);
    }

    record Journal(long id, String code, long defaultAccountId) {
    }
}
