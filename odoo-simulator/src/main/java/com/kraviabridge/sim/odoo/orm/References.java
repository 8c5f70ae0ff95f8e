package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the foreign keys' ON DELETE clauses do when records disappear. */
final class References {
    private References() {
    }

    static void onDelete(Env env, ModelDef target, List<Rec> deleted) {
        Set<Integer> ids = new HashSet<>();
        deleted.forEach(r -> ids.add(r.id()));
        for (ModelDef m : env.db().registry().models()) {
            for (FieldDef f : m.fields()) {
                if (!f.physical() || !target.name().equals(f.relation)) {
                    continue;
                }
                if (f.type == FieldType.MANY2ONE) {
                    onDeleteMany2one(env, m, f, ids);
                } else if (f.type == FieldType.MANY2MANY) {
                    onDeleteMany2many(env, m, f, ids);
                }
            }
        }
    }

    private static void onDeleteMany2one(Env env, ModelDef m, FieldDef f, Set<Integer> ids) {
        Table table = env.table(m.name());
        List<Rec> referencing = new ArrayList<>();
        if (table.indexed(f.name)) {
            for (Integer id : ids) {
                for (Integer ref : table.lookup(f.name, id)) {
                    referencing.add(table.get(ref));
                }
            }
        } else {
            for (Rec r : table.scan()) {
                Object v = r.slot(f.slot);
                if (v != null && ids.contains(v)) {
                    referencing.add(r);
                }
            }
        }
        if (referencing.isEmpty()) {
            return;
        }
        switch (f.ondelete) {
            case "restrict" -> throw Constraints.foreignKeyViolation(m, f);
            case "cascade" -> Orm.unlinkRecords(env.sudo(), m, referencing);
            default -> {
                if (f.required) {
                    throw Constraints.notNullViolation(m, f);
                }
                for (Rec r : referencing) {
                    r.table().set(env.tx(), r, f, null);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void onDeleteMany2many(Env env, ModelDef m, FieldDef f, Set<Integer> ids) {
        Table table = env.table(m.name());
        for (Rec r : table.scan()) {
            List<Integer> v = (List<Integer>) r.slot(f.slot);
            if (v != null && v.stream().anyMatch(ids::contains)) {
                List<Integer> kept = new ArrayList<>(v);
                kept.removeIf(ids::contains);
                table.set(env.tx(), r, f, List.copyOf(kept));
            }
        }
    }
}
