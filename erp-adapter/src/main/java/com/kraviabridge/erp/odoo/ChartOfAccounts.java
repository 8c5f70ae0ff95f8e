package com.kraviabridge.erp.odoo;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A company's journals and accounts by code, and its currency. Account codes are per company from 18 on
 * (docs/odoo-notes.md §4), which the company context of every call takes care of; the dialect picks the company field.
 *
 * <p>Every settlement entry names the same journal and a handful of accounts, so what was found is reused for
 * the cache's time to live instead of being read for every entry. Only what was found is kept: a journal or
 * account the administrator adds is seen on its next use, and a changed one after the time to live at most.
 */
final class ChartOfAccounts {

    private final OdooClient odoo;
    private final ExpiringCache<Long, String> companyCurrencies;
    private final ExpiringCache<Code, Journal> journals;
    private final ExpiringCache<Code, Long> accounts;
    private final Map<Long, Object> loading = new ConcurrentHashMap<>();

    ChartOfAccounts(OdooClient odoo, Duration ttl, Clock clock) {
        this.odoo = odoo;
        this.companyCurrencies = new ExpiringCache<>(ttl, clock);
        this.journals = new ExpiringCache<>(ttl, clock);
        this.accounts = new ExpiringCache<>(ttl, clock);
    }

    Optional<Journal> journal(long companyId, String code) {
        Code key = new Code(companyId, code);
        return Optional.ofNullable(once(companyId, () -> journals.getAll(List.of(key), missing -> {
            List<OdooRecord> rows = odoo.searchRead(companyId, "account.journal",
                    Domain.where("code", "=", code).and("company_id", "=", companyId),
                    List.of("code", "default_account_id"), "id asc", 1);
            return rows.stream().findFirst()
                    .map(r -> Map.of(key, new Journal(r.id(), r.text("code"), r.refId("default_account_id"))))
                    .orElse(Map.of());
        })).get(key));
    }

    /** Account ids by code, for the codes the company has. */
    Map<String, Long> accountIds(long companyId, Collection<String> codes) {
        Set<Code> keys = new LinkedHashSet<>();
        codes.forEach(code -> keys.add(new Code(companyId, code)));
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Code, Long> found = once(companyId, () -> accounts.getAll(keys, missing -> {
            List<String> wanted = missing.stream().map(Code::code).toList();
            Domain domain = Domain.where("code", "in", wanted).and(odoo.dialect().accountOfCompany(companyId));
            Map<Code, Long> ids = new HashMap<>();
            for (OdooRecord row : odoo.searchRead(companyId, "account.account", domain, List.of("code"), "id asc", 0)) {
                String code = row.text("code");
                if (code != null && wanted.contains(code)) {
                    ids.putIfAbsent(new Code(companyId, code), row.id());
                }
            }
            return ids;
        }));
        Map<String, Long> ids = new HashMap<>();
        found.forEach((key, id) -> ids.put(key.code(), id));
        return ids;
    }

    /** The ISO code of the company's own currency, which journal entry amounts are in. */
    String currencyOf(long companyId) {
        return once(companyId, () -> companyCurrencies.getAll(List.of(companyId), missing -> {
            Map<Long, String> codes = new HashMap<>();
            for (OdooRecord row : odoo.readByIds(companyId, "res.company", missing, List.of("currency_id"))) {
                codes.put(row.id(), row.refName("currency_id"));
            }
            return codes;
        })).get(companyId);
    }

    /**
     * One look-up of a company's chart at a time: settlements posted in parallel all start by resolving the
     * same codes, and the first one's read then serves the others instead of each reading them too.
     */
    private <T> T once(long companyId, Supplier<T> lookUp) {
        synchronized (loading.computeIfAbsent(companyId, id -> new Object())) {
            return lookUp.get();
        }
    }

    record Journal(long id, String code, long defaultAccountId) {
    }

    private record Code(long companyId, String code) {
    }
}
