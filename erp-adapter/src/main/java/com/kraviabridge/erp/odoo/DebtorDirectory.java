package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.Debtor;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Debtors from their commercial partners, read in bulk: one read of all the partners asked for (per page of
 * ids) and one of their tags. A partner read once is reused for a few minutes.
 *
 * <p>The country comes as the partner's own {@code country_code} (related to {@code country_id.code}, in base
 * since Odoo 15), so a page of partners needs no read of {@code res.country}.
 */
final class DebtorDirectory {

    static final String COMPANY_REGISTRY = "company_registry";
    private static final List<String> PARTNER_FIELDS = List.of("name", "is_company", "vat", "street", "street2",
            "zip", "city", "country_code", "email", "ref", "category_id");

    private final OdooClient odoo;
    private final FieldProbe fields;
    private final ReferenceData reference;
    private final ExpiringCache<Long, Debtor> debtors;

    DebtorDirectory(OdooClient odoo, FieldProbe fields, ReferenceData reference, Duration ttl, Clock clock) {
        this.odoo = odoo;
        this.fields = fields;
        this.reference = reference;
        this.debtors = new ExpiringCache<>(ttl, clock);
    }

    Map<Long, Debtor> debtors(long companyId, Collection<Long> partnerIds) {
        List<Long> ids = partnerIds.stream().filter(id -> id > 0).distinct().toList();
        return debtors.getAll(ids, missing -> load(companyId, missing));
    }

    private Map<Long, Debtor> load(long companyId, Set<Long> ids) {
        List<String> wanted = new ArrayList<>(PARTNER_FIELDS);
        // company_registry comes with a localisation module on some 16 databases; read it only where it exists.
        boolean hasRegistry = fields.exists("res.partner", COMPANY_REGISTRY);
        if (hasRegistry) {
            wanted.add(COMPANY_REGISTRY);
        }
        List<OdooRecord> partners = odoo.readByIds(companyId, "res.partner", ids, wanted);
        Set<Long> tagIds = new LinkedHashSet<>();
        for (OdooRecord partner : partners) {
            tagIds.addAll(partner.ids("category_id"));
        }
        Map<Long, String> tags = reference.tagNames(companyId, tagIds);
        Map<Long, Debtor> result = new HashMap<>();
        for (OdooRecord partner : partners) {
            result.put(partner.id(), debtorOf(partner, tags, hasRegistry));
        }
        return result;
    }

    private static Debtor debtorOf(OdooRecord partner, Map<Long, String> tags, boolean hasRegistry) {
        long id = partner.id();
        String ref = partner.text("ref");
        String customerNumber = ref == null || ref.isBlank() ? Debtor.defaultCustomerNumber(id) : ref.trim();
        String registry = hasRegistry ? partner.text(COMPANY_REGISTRY) : null;
        Set<String> tagNames = new LinkedHashSet<>();
        for (Long tagId : partner.ids("category_id")) {
            String name = tags.get(tagId);
            if (name != null) {
                tagNames.add(name);
            }
        }
        Address address = new Address(streetOf(partner), partner.text("zip"), partner.text("city"),
                partner.text("country_code"));
        return new Debtor(id, customerNumber, partner.text("name"), partner.flag("is_company"),
                OrganisationNumbers.of(registry, partner.text("vat")), address, partner.text("email"), tagNames);
    }

    /** Street and second street line on one line, as on a letter. */
    static String streetOf(OdooRecord record) {
        String street = record.text("street");
        String street2 = record.text("street2");
        if (street == null) {
            return street2;
        }
        return street2 == null ? street : street + ", " + street2;
    }
}
