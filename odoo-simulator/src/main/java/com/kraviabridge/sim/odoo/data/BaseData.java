package com.kraviabridge.sim.odoo.data;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.FieldDef;
import com.kraviabridge.sim.odoo.orm.ModelDef;
import com.kraviabridge.sim.odoo.orm.Rec;

/** What a fresh database holds before any company data: currencies, countries, subtypes, reflection. */
public final class BaseData {
    private BaseData() {
    }

    public static void load(Env env) {
        currency(env, "NOK", "Norwegian krone", "kr", "after");
        currency(env, "EUR", "Euro", "€", "after");
        currency(env, "USD", "United States dollar", "$", "before");
        currency(env, "SEK", "Swedish krona", "kr", "after");
        currency(env, "DKK", "Danish krone", "kr", "after");
        currency(env, "GBP", "Pound sterling", "£", "before");
        String[][] countries = {{"NO", "Norway", "47"}, {"SE", "Sweden", "46"}, {"DK", "Denmark", "45"},
            {"FI", "Finland", "358"}, {"DE", "Germany", "49"}, {"GB", "United Kingdom", "44"},
            {"US", "United States", "1"}, {"NL", "Netherlands", "31"}, {"FR", "France", "33"}, {"ES", "Spain", "34"},
            {"PL", "Poland", "48"}, {"IS", "Iceland", "354"}};
        for (String[] c : countries) {
            Rec r = env.insert("res.country");
            env.put(r, "code", c[0]);
            env.put(r, "name", c[1]);
            env.put(r, "phone_code", Integer.parseInt(c[2]));
        }
        subtype(env, "Discussions", false);
        subtype(env, "Note", true);
        subtype(env, "Activities", true);
        reflect(env);
    }

    private static void currency(Env env, String code, String name, String symbol, String position) {
        Rec r = env.insert("res.currency");
        env.put(r, "name", code);
        env.put(r, "full_name", name);
        env.put(r, "symbol", symbol);
        env.put(r, "position", position);
    }

    private static void subtype(Env env, String name, boolean internal) {
        Rec r = env.insert("mail.message.subtype");
        env.put(r, "name", name);
        env.put(r, "internal", internal);
    }

    /** ir.model / ir.model.fields rows for every model and field of the registry. */
    private static void reflect(Env env) {
        for (ModelDef m : env.db().registry().models()) {
            Rec model = env.insert("ir.model");
            env.put(model, "model", m.name());
            env.put(model, "name", m.description());
            env.put(model, "state", "base");
            for (FieldDef f : m.fields()) {
                Rec field = env.insert("ir.model.fields");
                env.put(field, "name", f.name());
                env.put(field, "model", m.name());
                env.put(field, "model_id", model.id());
                env.put(field, "field_description", f.label());
                env.put(field, "ttype", f.type().odooName());
                env.put(field, "state", "base");
                env.put(field, "relation", f.relation());
                env.put(field, "relation_field", f.inverseName());
                env.put(field, "required", f.required());
                env.put(field, "readonly", f.readonly());
                env.put(field, "store", f.store());
            }
        }
    }

    public static Integer currencyId(Env env, String code) {
        for (Rec r : env.table("res.currency").scan()) {
            if (code.equals(env.str(r, "name"))) {
                return r.id();
            }
        }
        throw new IllegalArgumentException("unknown currency " + code);
    }

    public static Integer countryId(Env env, String code) {
        if (code == null) {
            return null;
        }
        for (Rec r : env.table("res.country").scan()) {
            if (code.equals(env.str(r, "code"))) {
                return r.id();
            }
        }
        throw new IllegalArgumentException("unknown country " + code);
    }
}
