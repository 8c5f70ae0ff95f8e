package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.Operation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Model access rights (ir.model.access) and the multi-company record rules, with the messages
 * Odoo's {@code check} and {@code _make_access_error} produce.
 */
public final class AccessControl {
    private AccessControl() {
    }

    public static void checkModel(Env env, ModelDef model, Operation op) {
        if (env.su()) {
            return;
        }
        UserAccount account = env.account();
        if (account != null && account.rights().allows(model.name(), op)) {
            return;
        }
        throw OdooError.accessError("You are not allowed to " + op.verb() + " '" + model.description() + "' ("
                + model.name() + ") records.\n\n"
                + "This operation is allowed for the following groups:\n\t- " + model.aclGroup() + "\n\n"
                + "Contact your administrator to request access if necessary.");
    }

    /** The record-rule filter for searches: company-owned records of allowed companies only. */
    public static Predicate<Rec> rule(Env env, ModelDef model) {
        if (env.su()) {
            return r -> true;
        }
        if ("res.company".equals(model.name())) {
            Set<Integer> allowed = new HashSet<>(env.companies());
            return r -> allowed.contains(r.id());
        }
        String field = model.companyField();
        if (field == null || !model.hasField(field)) {
            return r -> true;
        }
        Set<Integer> allowed = new HashSet<>(env.companies());
        FieldDef f = model.field(field);
        if (f.type() == FieldType.MANY2MANY) {
            return r -> {
                List<Integer> cs = env.ids(r, field);
                if (cs.isEmpty()) {
                    return true;
                }
                for (Integer c : cs) {
                    if (allowed.contains(c)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return r -> {
            Integer c = (Integer) env.get(r, f);
            return c == null || allowed.contains(c);
        };
    }

    /** Raises the record-rule AccessError if any of the records is hidden from the user. */
    public static void checkRecords(Env env, ModelDef model, List<Rec> recs, Operation op) {
        if (env.su() || recs.isEmpty()) {
            return;
        }
        Predicate<Rec> visible = rule(env, model);
        for (Rec r : recs) {
            if (!visible.test(r)) {
                throw ruleError(env, model, op);
            }
        }
    }

    static OdooError ruleError(Env env, ModelDef model, Operation op) {
        Rec user = env.rec("res.users", env.uid());
        String userName = user == null ? "?" : env.sudo().displayName(user);
        return OdooError.accessError("Uh-oh! Looks like you have stumbled upon some top-secret records.\n\n"
                + "Sorry, " + userName + " (id=" + env.uid() + ") doesn't have '" + op.odooName() + "' access to:\n"
                + "- " + model.description() + " (" + model.name() + ")\n\n"
                + "If you really, really need access, perhaps you can win over your friendly administrator with a"
                + " batch of freshly baked cookies.");
    }
}
