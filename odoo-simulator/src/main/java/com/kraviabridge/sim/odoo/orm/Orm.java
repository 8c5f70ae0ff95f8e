package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The generic CRUD methods of {@code BaseModel} with their access checks, value conversion,
 * x2many commands, integrity errors and model hooks.
 */
public final class Orm {
    private Orm() {
    }

    // ---- read ------------------------------------------------------------------------------

    /**
     * {@code read()}: ids that no longer exist are silently left out (Odoo's
     * {@code _read_format} drops them); ids hidden by a record rule raise AccessError.
     */
    public static List<Map<String, Object>> read(Env env, ModelDef model, List<Integer> ids, List<String> fields,
                                                 boolean classicRead) {
        AccessControl.checkModel(env, model, Operation.READ);
        List<FieldDef> wanted = resolveFields(env, model, fields);
        Table table = env.table(model.name());
        List<Rec> recs = new ArrayList<>();
        for (Integer id : ids) {
            Rec r = table.get(id);
            if (r != null) {
                recs.add(r);
            }
        }
        AccessControl.checkRecords(env, model, recs, Operation.READ);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Rec r : recs) {
            out.add(format(env, r, wanted, classicRead));
        }
        return out;
    }

    static Map<String, Object> format(Env env, Rec r, List<FieldDef> fields, boolean classicRead) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        for (FieldDef f : fields) {
            if (!f.name.equals("id")) {
                row.put(f.name, Values.toWire(env, f, env.get(r, f), classicRead));
            }
        }
        return row;
    }

    /** The fields a read asks for; an unknown name is refused as {@code read} does in the emulated version. */
    static List<FieldDef> resolveFields(Env env, ModelDef model, List<String> names) {
        List<FieldDef> out = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            out.addAll(model.fields());
            return out;
        }
        for (String n : names) {
            FieldDef f = model.field(n);
            if (f == null) {
                throw env.version().atLeast(19) ? unknownReadField(model, n) : invalidField(model, n);
            }
            out.add(f);
        }
        return out;
    }

    /** 19 words it without "model" before the model name: {@code Invalid field 'x' on 'res.partner'}. */
    private static OdooError unknownReadField(ModelDef model, String name) {
        return OdooError.valueError("Invalid field " + PyRepr.repr(name) + " on " + PyRepr.repr(model.name()));
    }

    public static OdooError invalidField(ModelDef model, String name) {
        return OdooError.valueError("Invalid field " + PyRepr.repr(name) + " on model " + PyRepr.repr(model.name()));
    }

    // ---- create ----------------------------------------------------------------------------

    public static List<Integer> create(Env env, ModelDef model, List<Map<String, Object>> valsList) {
        AccessControl.checkModel(env, model, Operation.CREATE);
        List<Integer> ids = new ArrayList<>();
        for (Map<String, Object> vals : valsList) {
            ids.add(createOne(env, model, vals).id());
        }
        return ids;
    }

    /** Creates one record without checking model access (callers did, or run as superuser). */
    public static Rec createOne(Env env, ModelDef model, Map<String, Object> given) {
        Map<String, Object> vals = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : env.context().entrySet()) {
            if (e.getKey().startsWith("default_")) {
                String name = e.getKey().substring(8);
                if (model.hasField(name)) {
                    vals.put(name, e.getValue());
                }
            }
        }
        vals.putAll(given);
        for (String name : vals.keySet()) {
            if (!model.hasField(name)) {
                throw invalidField(model, name);
            }
        }
        ModelHooks hooks = env.db().hooks(model.name());
        hooks.prepareCreate(env, vals);
        Rec rec = env.insert(model.name());
        List<Map.Entry<FieldDef, Object>> later = new ArrayList<>();
        for (Map.Entry<String, Object> e : vals.entrySet()) {
            FieldDef f = model.field(e.getKey());
            if (f.name.equals("id") || isMagic(f)) {
                continue;
            }
            if (f.type.x2many() || f.related != null) {
                later.add(Map.entry(f, e.getValue()));
            } else if (f.physical()) {
                env.put(rec, f, Values.toInternal(env, model, f, e.getValue()));
            }
        }
        for (FieldDef f : model.fields()) {
            if (f.required && f.physical() && rec.slot(f.slot) == null) {
                throw Constraints.notNullViolation(model, f);
            }
        }
        for (Map.Entry<FieldDef, Object> e : later) {
            FieldDef f = e.getKey();
            if (f.type.x2many()) {
                X2ManyCommands.apply(env, rec, f, e.getValue());
            } else {
                env.put(rec, f, Values.toInternal(env, model, f, e.getValue()));
            }
        }
        roundMonetary(env, rec, vals.keySet());
        hooks.afterCreate(env, rec, vals);
        return rec;
    }

    /**
     * Monetary values are rounded to their record's currency when stored, as
     * {@code Monetary.convert_to_cache} does; the amount arrives as a float on the wire.
     */
    static void roundMonetary(Env env, Rec rec, java.util.Collection<String> written) {
        ModelDef model = rec.model();
        for (String name : written) {
            FieldDef f = model.field(name);
            if (f == null || f.type != FieldType.MONETARY || !f.physical() || f.currencyField == null
                    || !model.hasField(f.currencyField)) {
                continue;
            }
            Object currency = env.get(rec, f.currencyField);
            Rec cur = currency instanceof Integer id ? env.rec("res.currency", id) : null;
            Object amount = rec.slot(f.slot);
            if (cur != null && amount instanceof java.math.BigDecimal d) {
                Object rounding = env.get(cur, "rounding");
                double r = rounding instanceof Double x ? x : 0.01;
                int places = r <= 0 || r >= 1 ? 0 : (int) Math.ceil(Math.log10(1 / r));
                env.update(rec, f.name, d.setScale(places, java.math.RoundingMode.HALF_UP));
            }
        }
    }

    private static boolean isMagic(FieldDef f) {
        return switch (f.name) {
            case "create_date", "create_uid", "write_date", "write_uid", "display_name", "__last_update" -> true;
            default -> false;
        };
    }

    // ---- write -----------------------------------------------------------------------------

    public static void write(Env env, ModelDef model, List<Integer> ids, Map<String, Object> vals) {
        AccessControl.checkModel(env, model, Operation.WRITE);
        for (String name : vals.keySet()) {
            if (!model.hasField(name)) {
                throw invalidField(model, name);
            }
        }
        List<Rec> recs = existing(env, model, ids, Operation.WRITE);
        writeRecords(env, model, recs, vals);
    }

    public static void writeRecords(Env env, ModelDef model, List<Rec> recs, Map<String, Object> vals) {
        ModelHooks hooks = env.db().hooks(model.name());
        hooks.checkWrite(env, recs, vals);
        for (Rec rec : recs) {
            for (Map.Entry<String, Object> e : vals.entrySet()) {
                FieldDef f = model.field(e.getKey());
                if (f.name.equals("id") || isMagic(f)) {
                    continue;
                }
                if (f.type.x2many()) {
                    X2ManyCommands.apply(env, rec, f, e.getValue());
                } else if (f.physical() || f.related != null) {
                    Object v = Values.toInternal(env, model, f, e.getValue());
                    if (v == null && f.required) {
                        throw Constraints.notNullViolation(model, f);
                    }
                    env.put(rec, f, v);
                }
            }
            roundMonetary(env, rec, vals.keySet());
            env.touch(rec);
        }
        hooks.afterWrite(env, recs, vals);
    }

    /**
     * The records behind ids for write-like operations: a vanished id is a MissingError, a
     * hidden one an AccessError, as {@code check_access_rule} raises them.
     */
    public static List<Rec> existing(Env env, ModelDef model, List<Integer> ids, Operation op) {
        Table table = env.table(model.name());
        List<Rec> recs = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (Integer id : new TreeSet<>(ids)) {
            Rec r = table.get(id);
            if (r == null) {
                missing.add(id);
            } else {
                recs.add(r);
            }
        }
        AccessControl.checkRecords(env, model, recs, op);
        if (!missing.isEmpty()) {
            throw OdooError.missingError("One of the documents you are trying to access has been deleted, please try"
                    + " again after refreshing.\n\n(Document type: " + model.name() + ", Operation: " + op.odooName()
                    + ", Records: " + PyRepr.repr(missing.subList(0, Math.min(6, missing.size())))
                    + ", User: " + env.uid() + ")");
        }
        List<Rec> ordered = new ArrayList<>();
        for (Integer id : ids) {
            Rec r = table.get(id);
            if (r != null && !ordered.contains(r)) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    /**
     * The records a business method runs on; touching a deleted one fails the way reading a
     * field of a missing record does.
     */
    public static List<Rec> browseExisting(Env env, ModelDef model, List<Integer> ids, Operation op) {
        Table table = env.table(model.name());
        List<Rec> recs = new ArrayList<>();
        for (Integer id : ids) {
            Rec r = table.get(id);
            if (r == null) {
                throw OdooError.missingError("Record does not exist or has been deleted.\n(Record: " + model.name()
                        + "(" + id + ",), User: " + env.uid() + ")");
            }
            if (!recs.contains(r)) {
                recs.add(r);
            }
        }
        AccessControl.checkRecords(env, model, recs, op);
        return recs;
    }

    // ---- unlink ----------------------------------------------------------------------------

    public static void unlink(Env env, ModelDef model, List<Integer> ids) {
        AccessControl.checkModel(env, model, Operation.UNLINK);
        Table table = env.table(model.name());
        List<Rec> recs = new ArrayList<>();
        for (Integer id : new TreeSet<>(ids)) {
            Rec r = table.get(id);
            if (r != null) {
                recs.add(r);
            }
        }
        AccessControl.checkRecords(env, model, recs, Operation.UNLINK);
        unlinkRecords(env, model, recs);
    }

    public static void unlinkRecords(Env env, ModelDef model, List<Rec> recs) {
        if (recs.isEmpty()) {
            return;
        }
        ModelHooks hooks = env.db().hooks(model.name());
        hooks.checkUnlink(env, recs);
        for (Rec r : recs) {
            env.delete(r);
        }
        References.onDelete(env, model, recs);
        hooks.afterUnlink(env, recs);
    }
}
