package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.List;

/**
 * A tax's repartition lines: which account its amount goes to and which tax-report tags the base
 * and the tax carry, for invoices and for refunds apart.
 */
final class TaxRepartition {
    private TaxRepartition() {
    }

    /** The first repartition line of that kind ("base" or "tax") for that document ("invoice" or "refund"). */
    static Rec line(Env env, Rec tax, String document, String kind) {
        for (Rec r : env.refs(tax, document + "_repartition_line_ids")) {
            if (kind.equals(env.str(r, "repartition_type"))) {
                return r;
            }
        }
        return null;
    }

    static List<Integer> tags(Env env, Rec repartition) {
        return repartition == null ? List.of() : env.ids(repartition, "tag_ids");
    }
}
