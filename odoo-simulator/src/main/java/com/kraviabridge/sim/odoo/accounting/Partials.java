package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Table;

import java.util.ArrayList;
import java.util.List;

/** Lookups over account.partial.reconcile through its debit/credit line indexes. */
public final class Partials {
    private Partials() {
    }

    /** Partials in which the line is the debit side (its matched_credit_ids). */
    public static List<Rec> asDebit(Env env, Rec line) {
        return byIndex(env, "debit_move_id", line.id());
    }

    /** Partials in which the line is the credit side (its matched_debit_ids). */
    public static List<Rec> asCredit(Env env, Rec line) {
        return byIndex(env, "credit_move_id", line.id());
    }

    public static List<Rec> of(Env env, Rec line) {
        List<Rec> all = new ArrayList<>(asDebit(env, line));
        all.addAll(asCredit(env, line));
        return all;
    }

    /** The lines on the other side of every partial of this line. */
    public static List<Rec> counterpartLines(Env env, Rec line) {
        List<Rec> out = new ArrayList<>();
        for (Rec p : asDebit(env, line)) {
            add(out, env.ref(p, "credit_move_id"));
        }
        for (Rec p : asCredit(env, line)) {
            add(out, env.ref(p, "debit_move_id"));
        }
        return out;
    }

    private static void add(List<Rec> out, Rec r) {
        if (r != null) {
            out.add(r);
        }
    }

    private static List<Rec> byIndex(Env env, String field, int lineId) {
        Table t = env.table("account.partial.reconcile");
        List<Rec> out = new ArrayList<>();
        for (Integer id : t.lookup(field, lineId)) {
            Rec p = t.get(id);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
