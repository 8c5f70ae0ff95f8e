package com.kraviabridge.sim.odoo.seed;

import com.kraviabridge.sim.odoo.data.BaseData;
import com.kraviabridge.sim.odoo.data.Directory;
import com.kraviabridge.sim.odoo.orm.Rec;

/** Fluent description of a company; save() creates it (or updates the main company). */
public final class CompanyBuilder {
    private final Seeder seeder;
    private final Integer existing;
    private String name;
    private String currency = "NOK";
    private String country = "NO";
    private String vat;
    private String orgNumber;
    private String street;
    private String zip;
    private String city;
    private String email;
    private String phone;

    CompanyBuilder(Seeder seeder, Integer existing, String name) {
        this.seeder = seeder;
        this.existing = existing;
        this.name = name;
    }

    public CompanyBuilder name(String value) {
        this.name = value;
        return this;
    }

    /** ISO code of the company currency: NOK, EUR, USD, SEK, DKK or GBP. */
    public CompanyBuilder currency(String code) {
        this.currency = code;
        return this;
    }

    public CompanyBuilder country(String code) {
        this.country = code;
        return this;
    }

    public CompanyBuilder vat(String value) {
        this.vat = value;
        return this;
    }

    /** The organisation number, stored in company_registry. */
    public CompanyBuilder orgNumber(String value) {
        this.orgNumber = value;
        return this;
    }

    public CompanyBuilder address(String street, String zip, String city) {
        this.street = street;
        this.zip = zip;
        this.city = city;
        return this;
    }

    public CompanyBuilder email(String value) {
        this.email = value;
        return this;
    }

    public CompanyBuilder phone(String value) {
        this.phone = value;
        return this;
    }

    public CompanyRef save() {
        int id = seeder.su(env -> {
            int companyId = existing != null ? existing : Directory.createCompany(env, name, currency, country);
            Rec company = env.rec("res.company", companyId);
            Rec partner = env.ref(company, "partner_id");
            if (name != null) {
                env.put(company, "name", name);
                env.put(partner, "name", name);
            }
            env.put(company, "currency_id", BaseData.currencyId(env, currency));
            env.put(partner, "country_id", BaseData.countryId(env, country));
            set(env, partner, "vat", vat);
            set(env, partner, "company_registry", orgNumber);
            set(env, partner, "street", street);
            set(env, partner, "zip", zip);
            set(env, partner, "city", city);
            set(env, partner, "email", email);
            set(env, partner, "phone", phone);
            return companyId;
        });
        return seeder.companyRef(id);
    }

    private static void set(com.kraviabridge.sim.odoo.orm.Env env, Rec rec, String field, String value) {
        if (value != null) {
            env.put(rec, field, value);
        }
    }
}
