package com.kraviabridge.sim.odoo.data;

import com.kraviabridge.sim.odoo.accounting.ChartInstaller;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.List;

/** Creates companies (with partner and chart) and users (with partner) the way Odoo links them. */
public final class Directory {
    private Directory() {
    }

    public static int createCompany(Env env, String name, String currencyCode, String countryCode) {
        Rec partner = env.insert("res.partner");
        env.put(partner, "name", name);
        env.put(partner, "is_company", true);
        env.put(partner, "country_id", BaseData.countryId(env, countryCode));
        Rec company = env.insert("res.company");
        env.put(company, "name", name);
        env.put(company, "partner_id", partner.id());
        env.put(company, "currency_id", BaseData.currencyId(env, currencyCode));
        env.put(partner, "company_id", company.id());
        ChartInstaller.install(env, company.id());
        return company.id();
    }

    public static int createUser(Env env, String login, String name, int companyId, List<Integer> companyIds,
                                 boolean active) {
        Rec partner = env.insert("res.partner");
        env.put(partner, "name", name);
        Rec user = env.insert("res.users");
        env.put(user, "partner_id", partner.id());
        env.put(user, "login", login);
        env.put(user, "company_id", companyId);
        env.put(user, "company_ids", List.copyOf(companyIds));
        env.put(user, "active", active);
        return user.id();
    }
}
