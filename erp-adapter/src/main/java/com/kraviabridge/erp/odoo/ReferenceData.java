package com.kraviabridge.erp.odoo;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small lookup tables the bridge needs by id: partner tag names, journal codes, currency codes.
 * Each id is read once (in bulk with the other ids of its page) and then reused for a while. The tables are
 * shared by all companies; the company only goes into the context of the read.
 */
final class ReferenceData {

    private static final Pattern ISO_CURRENCY = Pattern.compile("[A-Z]{3}");

    private final OdooClient odoo;
    private final ExpiringCache<Long, String> tags;
    private final ExpiringCache<Long, String> journals;
    private final ExpiringCache<Long, String> currencies;

    ReferenceData(OdooClient odoo, Duration ttl, Clock clock) {
        this.odoo = odoo;
        this.tags = new ExpiringCache<>(ttl, clock);
        this.journals = new ExpiringCache<>(ttl, clock);
        this.currencies = new ExpiringCache<>(ttl, clock);
    }

    Map<Long, String> tagNames(long companyId, Collection<Long> ids) {
        return tags.getAll(nonZero(ids), missing -> load(companyId, "res.partner.category", missing, "name"));
    }

    Map<Long, String> journalCodes(long companyId, Collection<Long> ids) {
        return journals.getAll(nonZero(ids), missing -> load(companyId, "account.journal", missing, "code"));
    }

    /**
     * ISO codes of currencies given as many2one values {@code [id, name]}: a currency's display name is its
     * code, so a read is only needed when a display name does not look like one.
     */
    Map<Long, String> currencyCodes(long companyId, Map<Long, String> displayNames) {
        Map<Long, String> codes = new HashMap<>();
        displayNames.forEach((id, name) -> {
            if (name != null && ISO_CURRENCY.matcher(name).matches()) {
                codes.put(id, name);
            }
        });
        List<Long> unknown = displayNames.keySet().stream().filter(id -> !codes.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            codes.putAll(currencies.getAll(nonZero(unknown),
                    missing -> load(companyId, "res.currency", missing, "name")));
        }
        return codes;
    }

    private Map<Long, String> load(long companyId, String model, Set<Long> ids, String field) {
        Map<Long, String> values = new HashMap<>();
        for (OdooRecord record : odoo.readByIds(companyId, model, ids, List.of(field))) {
            String value = record.text(field);
            if (value != null) {
                values.put(record.id(), value);
            }
        }
        return values;
    }

    private static List<Long> nonZero(Collection<Long> ids) {
        return ids.stream().filter(id -> id != null && id > 0).distinct().toList();
    }
}
