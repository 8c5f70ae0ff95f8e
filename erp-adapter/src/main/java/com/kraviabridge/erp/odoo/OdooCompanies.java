package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.CompanyProfile;
import com.kraviabridge.core.port.erp.Companies;
import com.kraviabridge.core.port.RemoteFailure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies the bridge user may work in, with what Kravia's creditor onboarding asks for. Without a company
 * context Odoo shows all of the user's companies. The bank account is read from the company partner's bank
 * accounts when the user may read them; it is left empty otherwise. The country is the company's
 * {@code country_code} (related to its country's code; in account up to Odoo 17, in base from 18, so present
 * wherever invoices are), which spares a read of {@code res.country}.
 */
final class OdooCompanies implements Companies {

    private static final List<String> FIELDS = List.of("name", "vat", "street", "street2", "zip", "city",
            "country_code", "email", "currency_id", "partner_id");

    private final OdooClient odoo;
    private final FieldProbe fields;
    private final ReferenceData reference;

    OdooCompanies(OdooClient odoo, FieldProbe fields, ReferenceData reference) {
        this.odoo = odoo;
        this.fields = fields;
        this.reference = reference;
    }

    @Override
    public List<CompanyProfile> companies() {
        List<String> wanted = new ArrayList<>(FIELDS);
        boolean hasRegistry = fields.exists("res.company", DebtorDirectory.COMPANY_REGISTRY);
        if (hasRegistry) {
            wanted.add(DebtorDirectory.COMPANY_REGISTRY);
        }
        List<OdooRecord> rows = odoo.searchRead(OdooClient.NO_COMPANY, "res.company", new Domain(), wanted, "id asc", 0);
        Map<Long, String> currencyNames = new HashMap<>();
        Set<Long> partnerIds = new HashSet<>();
        for (OdooRecord row : rows) {
            currencyNames.put(row.refId("currency_id"), row.refName("currency_id"));
            partnerIds.add(row.refId("partner_id"));
        }
        Map<Long, String> currencies = reference.currencyCodes(OdooClient.NO_COMPANY, currencyNames);
        Map<Long, String> banks = bankAccounts(partnerIds);
        List<CompanyProfile> companies = new ArrayList<>();
        for (OdooRecord row : rows) {
            String registry = hasRegistry ? row.text(DebtorDirectory.COMPANY_REGISTRY) : null;
            Address address = new Address(DebtorDirectory.streetOf(row), row.text("zip"), row.text("city"),
                    row.text("country_code"));
            companies.add(new CompanyProfile(row.id(), row.text("name"), OrganisationNumbers.of(registry, row.text("vat")),
                    address, row.text("email"), banks.get(row.refId("partner_id")),
                    currencies.get(row.refId("currency_id"))));
        }
        return companies;
    }

    /** One read of the company ids alone: asked before every scheduled run, so it leaves the details out. */
    @Override
    public Set<Long> companyIds() {
        Set<Long> ids = new HashSet<>();
        for (OdooRecord row : odoo.searchRead(OdooClient.NO_COMPANY, "res.company", new Domain(), List.of("id"),
                "id asc", 0)) {
            ids.add(row.id());
        }
        return Set.copyOf(ids);
    }

    /** First bank account of each company partner; none when bank accounts are not readable for this user. */
    private Map<Long, String> bankAccounts(Set<Long> partnerIds) {
        partnerIds.remove(0L);
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> accounts = new HashMap<>();
        try {
            for (OdooRecord row : odoo.searchRead(OdooClient.NO_COMPANY, "res.partner.bank",
                    Domain.where("partner_id", "in", List.copyOf(partnerIds)), List.of("partner_id", "acc_number"),
                    "id asc", 0)) {
                accounts.putIfAbsent(row.refId("partner_id"), row.text("acc_number"));
            }
        } catch (RemoteFailure failure) {
            if (failure.kind() != RemoteFailure.Kind.PERMANENT) {
                throw failure;
            }
            return Map.of();
        }
        return accounts;
    }
}
