package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.accounting.AccountingMethods;
import com.kraviabridge.sim.odoo.data.BaseData;
import com.kraviabridge.sim.odoo.data.Directory;
import com.kraviabridge.sim.odoo.mail.ActivityDone;
import com.kraviabridge.sim.odoo.mail.ActivityHooks;
import com.kraviabridge.sim.odoo.mail.ActivityModels;
import com.kraviabridge.sim.odoo.orm.MethodTable;
import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.OrmMethods;
import com.kraviabridge.sim.odoo.orm.Registry;
import com.kraviabridge.sim.odoo.schema.StandardSchema;
import com.kraviabridge.sim.odoo.views.InvoiceViews;
import com.kraviabridge.sim.odoo.views.ViewValidation;

import java.util.List;
import java.util.Map;

/** Assembles a fresh database of one version: schema, methods, rules, base data, main company. */
final class DatabaseFactory {
    private final OdooVersion version;
    private final Registry template;
    private final MethodTable methods = new MethodTable();
    private final SimClock clock;

    DatabaseFactory(OdooVersion version, SimClock clock) {
        this.version = version;
        this.clock = clock;
        this.template = StandardSchema.build(version);
        OrmMethods.register(methods);
        AccountingMethods.register(methods);
        ActivityDone.register(methods);
    }

    OdooDatabase create(String name, String currency, String country) {
        OdooDatabase db = new OdooDatabase(name, version, template.copy(), methods, clock::now);
        AccountingMethods.installHooks(db);
        db.addHooks("ir.ui.view", new ViewValidation());
        db.addHooks("mail.activity", new ActivityHooks());
        db.transaction(1, Map.of(), true, env -> {
            BaseData.load(env);
            InvoiceViews.load(env);
            ActivityModels.seed(env);
            int company = Directory.createCompany(env, "My Company", currency, country);
            Directory.createUser(env, "__system__", "OdooBot", company, List.of(company), false);
            return null;
        });
        return db;
    }
}
