package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings everything derived from partials up to date after partials appeared or vanished:
 * line residuals, full reconciles and matching numbers of the connected groups, the moves'
 * residuals and payment states, and (18+) payment states. Every record whose stored value
 * changes gets a new write_date, as Odoo's recomputation gives it.
 */
public final class ReconcileState {
    private ReconcileState() {
    }

    public static void refresh(Env env, List<Rec> touchedLines) {
        Set<Rec> lines = new LinkedHashSet<>();
        for (Rec l : touchedLines) {
            if (env.rec("account.move.line", l.id()) != null) {
                lines.add(l);
            }
        }
        for (Rec l : lines) {
            Residuals.recompute(env, l);
            env.touch(l);
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (Rec l : lines) {
            if (!seen.contains(l.id())) {
                List<Rec> group = group(env, l);
                group.forEach(g -> seen.add(g.id()));
                settleGroup(env, group);
            }
        }
        Map<Integer, Rec> moves = new LinkedHashMap<>();
        for (Rec l : lines) {
            Rec m = env.ref(l, "move_id");
            if (m != null) {
                moves.put(m.id(), m);
            }
        }
        for (Rec m : moves.values()) {
            PaymentStates.recomputeAmounts(env, m);
            PaymentStates.recomputeState(env, m);
            env.touch(m);
        }
        if (env.version().atLeast(18)) {
            PaymentLifecycle.promotePaidPayments(env, moves.values());
        }
    }

    /** Lines connected to {@code start} through partials. */
    static List<Rec> group(Env env, Rec start) {
        List<Rec> out = new ArrayList<>();
        Set<Integer> visited = new LinkedHashSet<>();
        Deque<Rec> todo = new ArrayDeque<>();
        todo.add(start);
        visited.add(start.id());
        while (!todo.isEmpty()) {
            Rec l = todo.poll();
            out.add(l);
            for (Rec other : Partials.counterpartLines(env, l)) {
                if (visited.add(other.id())) {
                    todo.add(other);
                }
            }
        }
        return out;
    }

    /** A fully settled group gets one account.full.reconcile; an unsettled one loses it. */
    private static void settleGroup(Env env, List<Rec> group) {
        Set<Rec> partials = new LinkedHashSet<>();
        Set<Integer> fulls = new LinkedHashSet<>();
        boolean settled = group.size() > 1;
        for (Rec l : group) {
            partials.addAll(Partials.of(env, l));
            Integer f = env.id(l, "full_reconcile_id");
            if (f != null) {
                fulls.add(f);
            }
            settled &= env.bool(l, "reconciled");
        }
        for (Rec p : partials) {
            Integer f = env.id(p, "full_reconcile_id");
            if (f != null) {
                fulls.add(f);
            }
        }
        boolean intact = settled && fulls.size() == 1 && coversExactly(env, fulls.iterator().next(), group);
        if (!intact) {
            List<Rec> stale = new ArrayList<>();
            for (Integer f : fulls) {
                Rec full = env.rec("account.full.reconcile", f);
                if (full != null) {
                    stale.add(full);
                }
            }
            Orm.unlinkRecords(env.sudo(), env.model("account.full.reconcile"), stale);
            if (settled) {
                Rec full = env.insert("account.full.reconcile");
                env.put(full, "name", "A" + full.id());
                for (Rec l : group) {
                    env.put(l, "full_reconcile_id", full.id());
                }
                for (Rec p : partials) {
                    env.put(p, "full_reconcile_id", full.id());
                }
            }
        }
        String number = matchingNumber(env, group, partials);
        for (Rec l : group) {
            env.update(l, "matching_number", group.size() > 1 ? number : null);
        }
    }

    private static boolean coversExactly(Env env, int fullId, List<Rec> group) {
        Set<Integer> ids = new LinkedHashSet<>(env.table("account.move.line").lookup("full_reconcile_id", fullId));
        if (ids.size() != group.size()) {
            return false;
        }
        for (Rec l : group) {
            if (!ids.contains(l.id())) {
                return false;
            }
        }
        return true;
    }

    private static String matchingNumber(Env env, List<Rec> group, Set<Rec> partials) {
        Integer full = env.id(group.get(0), "full_reconcile_id");
        if (full != null) {
            return env.version().atLeast(17) ? String.valueOf(full) : "A" + full;
        }
        if (partials.isEmpty()) {
            return null;
        }
        if (!env.version().atLeast(17)) {
            return "P";
        }
        int min = Integer.MAX_VALUE;
        for (Rec p : partials) {
            min = Math.min(min, p.id());
        }
        return "P" + min;
    }
}
