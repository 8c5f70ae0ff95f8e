package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The x2many write protocol: [0,0,vals] create, [1,id,vals] update, ... [6,0,ids] replace. */
final class X2ManyCommands {
    private X2ManyCommands() {
    }

    static void apply(Env env, Rec rec, FieldDef f, Object value) {
        if (Values.unset(value)) {
            value = List.of(List.of(5, 0, 0));
        }
        if (!(value instanceof List<?> commands)) {
            throw OdooError.valueError("Wrong value for " + rec.model().name() + "." + f.name + ": " + PyRepr.repr(value));
        }
        if (!commands.isEmpty() && commands.stream().allMatch(Values::isInt)) {
            commands = List.of(List.of(6, 0, commands));
        }
        for (Object c : commands) {
            if (Values.isInt(c)) {
                command(env, rec, f, 4, ((Number) c).intValue(), null);
                continue;
            }
            if (!(c instanceof List<?> cmd) || cmd.isEmpty() || !Values.isInt(cmd.get(0))) {
                throw OdooError.valueError("Wrong value for " + rec.model().name() + "." + f.name + ": " + PyRepr.repr(c));
            }
            int code = ((Number) cmd.get(0)).intValue();
            Object id = cmd.size() > 1 ? cmd.get(1) : null;
            Object arg = cmd.size() > 2 ? cmd.get(2) : null;
            command(env, rec, f, code, id, arg);
        }
    }

    private static void command(Env env, Rec rec, FieldDef f, int code, Object idObj, Object arg) {
        ModelDef comodel = env.model(f.relation);
        switch (code) {
            case 0 -> {
                AccessControl.checkModel(env, comodel, Operation.CREATE);
                Map<String, Object> vals = new LinkedHashMap<>(asVals(arg));
                if (f.type == FieldType.ONE2MANY) {
                    vals.put(f.inverseName, rec.id());
                    Orm.createOne(env, comodel, vals);
                } else {
                    Rec child = Orm.createOne(env, comodel, vals);
                    link(env, rec, f, child.id());
                }
            }
            case 1 -> {
                Rec child = existing(env, comodel, idObj);
                AccessControl.checkModel(env, comodel, Operation.WRITE);
                Orm.writeRecords(env, comodel, List.of(child), asVals(arg));
            }
            case 2 -> {
                Rec child = env.rec(comodel.name(), Values.pyInt(idObj));
                if (child != null) {
                    unlinkRelation(env, rec, f, child.id());
                    Orm.unlinkRecords(env, comodel, List.of(child));
                }
            }
            case 3 -> {
                Rec child = env.rec(comodel.name(), Values.pyInt(idObj));
                if (child != null) {
                    detach(env, rec, f, child);
                }
            }
            case 4 -> {
                Rec child = existing(env, comodel, idObj);
                if (f.type == FieldType.ONE2MANY) {
                    env.put(child, f.inverseName, rec.id());
                } else {
                    link(env, rec, f, child.id());
                }
            }
            case 5 -> {
                for (Integer id : new ArrayList<>(env.ids(rec, f.name))) {
                    Rec child = env.rec(comodel.name(), id);
                    if (child != null) {
                        detach(env, rec, f, child);
                    }
                }
            }
            case 6 -> {
                List<Integer> wanted = Values.intList(arg);
                for (Integer id : new ArrayList<>(env.ids(rec, f.name))) {
                    if (!wanted.contains(id)) {
                        Rec child = env.rec(comodel.name(), id);
                        if (child != null) {
                            detach(env, rec, f, child);
                        }
                    }
                }
                for (Integer id : wanted) {
                    command(env, rec, f, 4, id, null);
                }
            }
            default -> throw OdooError.valueError("Unknown x2many command " + code + " for "
                    + rec.model().name() + "." + f.name);
        }
    }

    private static Rec existing(Env env, ModelDef comodel, Object idObj) {
        int id = Values.pyInt(idObj);
        Rec child = env.rec(comodel.name(), id);
        if (child == null) {
            throw OdooError.missingError("Record does not exist or has been deleted.\n(Record: " + comodel.name()
                    + "(" + id + ",), User: " + env.uid() + ")");
        }
        return child;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asVals(Object arg) {
        if (arg instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        return Map.of();
    }

    /** One2many "unlink" deletes the child when its foreign key cascades, else clears it. */
    private static void detach(Env env, Rec rec, FieldDef f, Rec child) {
        if (f.type == FieldType.MANY2MANY) {
            unlinkRelation(env, rec, f, child.id());
            return;
        }
        FieldDef inverse = child.model().field(f.inverseName);
        if ("cascade".equals(inverse.ondelete) || inverse.required) {
            Orm.unlinkRecords(env, child.model(), List.of(child));
        } else {
            env.put(child, inverse, null);
        }
    }

    private static void link(Env env, Rec rec, FieldDef f, int id) {
        List<Integer> current = env.ids(rec, f.name);
        if (!current.contains(id)) {
            TreeSet<Integer> next = new TreeSet<>(current);
            next.add(id);
            env.put(rec, f, List.copyOf(next));
        }
    }

    private static void unlinkRelation(Env env, Rec rec, FieldDef f, int id) {
        if (f.type != FieldType.MANY2MANY) {
            return;
        }
        List<Integer> current = env.ids(rec, f.name);
        if (current.contains(id)) {
            List<Integer> next = new ArrayList<>(current);
            next.remove(Integer.valueOf(id));
            env.put(rec, f, List.copyOf(next));
        }
    }
}
