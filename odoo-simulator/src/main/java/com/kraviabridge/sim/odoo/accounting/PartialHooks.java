package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Partials are the source of truth: creating or deleting one refreshes everything derived. */
final class PartialHooks implements ModelHooks {
    @Override
    public void afterCreate(Env env, Rec rec, Map<String, Object> vals) {
        ReconcileState.refresh(env, lines(env, List.of(rec)));
    }

    @Override
    public void afterUnlink(Env env, List<Rec> recs) {
        ReconcileState.refresh(env, lines(env, recs));
    }

    private static List<Rec> lines(Env env, List<Rec> partials) {
        List<Rec> out = new ArrayList<>();
        for (Rec p : partials) {
            for (String side : List.of("debit_move_id", "credit_move_id")) {
                Integer id = env.id(p, side);
                Rec line = env.rec("account.move.line", id);
                if (line != null) {
                    out.add(line);
                }
            }
        }
        return out;
    }
}
