package com.kraviabridge.sim.odoo.seed;

import com.kraviabridge.sim.odoo.data.BaseData;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Fluent description of a customer (company or person); save() creates the res.partner. */
public final class PartnerBuilder {
    private final Seeder seeder;
    private final String name;
    private boolean isCompany = true;
    private PartnerRef parent;
    private String orgNumber;
    private String vat;
    private String street;
    private String street2;
    private String zip;
    private String city;
    private String country;
    private String email;
    private String phone;
    private String ref;
    private Integer ownerCompany;
    private boolean active = true;
    private final List<String> tags = new ArrayList<>();

    PartnerBuilder(Seeder seeder, String name) {
        this.seeder = seeder;
        this.name = name;
    }

    /** A business customer (is_company = True); the default. */
    public PartnerBuilder company() {
        this.isCompany = true;
        return this;
    }

    /** A private person (is_company = False). */
    public PartnerBuilder person() {
        this.isCompany = false;
        return this;
    }

    /** A contact person of a company: its commercial partner becomes the parent. */
    public PartnerBuilder contactOf(PartnerRef company) {
        this.isCompany = false;
        this.parent = company;
        return this;
    }

    /** Organisation number, stored in company_registry. */
    public PartnerBuilder orgNumber(String value) {
        this.orgNumber = value;
        return this;
    }

    public PartnerBuilder vat(String value) {
        this.vat = value;
        return this;
    }

    public PartnerBuilder address(String street, String zip, String city, String countryCode) {
        this.street = street;
        this.zip = zip;
        this.city = city;
        this.country = countryCode;
        return this;
    }

    public PartnerBuilder street2(String value) {
        this.street2 = value;
        return this;
    }

    public PartnerBuilder email(String value) {
        this.email = value;
        return this;
    }

    public PartnerBuilder phone(String value) {
        this.phone = value;
        return this;
    }

    /** The partner's internal reference (customer number). */
    public PartnerBuilder ref(String value) {
        this.ref = value;
        return this;
    }

    /** Tags (res.partner.category), created on first use. */
    public PartnerBuilder tags(String... names) {
        tags.addAll(List.of(names));
        return this;
    }

    /** Restricts the partner to one company (company_id); shared by default. */
    public PartnerBuilder ownedBy(CompanyRef company) {
        this.ownerCompany = company.id();
        return this;
    }

    public PartnerBuilder archived() {
        this.active = false;
        return this;
    }

    public PartnerRef save() {
        int id = seeder.su(env -> {
            Rec p = env.insert("res.partner");
            env.put(p, "name", name);
            env.put(p, "is_company", isCompany);
            env.put(p, "parent_id", parent == null ? null : parent.id());
            env.put(p, "company_registry", orgNumber);
            env.put(p, "vat", vat);
            env.put(p, "street", street);
            env.put(p, "street2", street2);
            env.put(p, "zip", zip);
            env.put(p, "city", city);
            env.put(p, "country_id", BaseData.countryId(env, country));
            env.put(p, "email", email);
            env.put(p, "phone", phone);
            env.put(p, "ref", ref);
            env.put(p, "company_id", ownerCompany);
            env.put(p, "active", active);
            env.put(p, "customer_rank", 1);
            TreeSet<Integer> tagIds = new TreeSet<>();
            for (String tag : tags) {
                tagIds.add(tag(env, tag));
            }
            env.put(p, "category_id", List.copyOf(tagIds));
            return p.id();
        });
        return new PartnerRef(id, name);
    }

    private static int tag(Env env, String name) {
        for (Rec t : env.table("res.partner.category").scan()) {
            if (name.equals(env.str(t, "name"))) {
                return t.id();
            }
        }
        Rec t = env.insert("res.partner.category");
        env.put(t, "name", name);
        return t.id();
    }
}
