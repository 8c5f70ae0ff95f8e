package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code odoo.api.call_kw} plus the checks of {@code service/model.py}: private names, unknown
 * models and methods, how args are split between ids and parameters, and create's int-or-list
 * return that inspects args[0] (the reason a kwargs-only create crashes, docs/odoo-notes.md §2.1).
 */
public final class CallKw {
    private CallKw() {
    }

    public static Object call(OdooDatabase db, int uid, String model, String method, List<Object> args,
                              Map<String, Object> kwargs) {
        return call(db, uid, model, method, args, kwargs, false, true);
    }

    /** As {@link #call}, optionally as superuser (access rights and record rules bypassed). */
    public static Object call(OdooDatabase db, int uid, String model, String method, List<Object> args,
                              Map<String, Object> kwargs, boolean superuser) {
        return call(db, uid, model, method, args, kwargs, superuser, false);
    }

    /** {@code metered}: a remote call, whose work the database's meter hears of. */
    private static Object call(OdooDatabase db, int uid, String model, String method, List<Object> args,
                               Map<String, Object> kwargs, boolean superuser, boolean metered) {
        if (method.startsWith("_")) {
            throw OdooError.accessError(db.version().atLeast(18)
                    ? "Private methods (such as '" + model + "." + method + "') cannot be called remotely."
                    : "Private methods (such as " + method + ") cannot be called remotely.");
        }
        ModelDef m = db.registry().model(model);
        if (m == null) {
            throw OdooError.userError("Object " + model + " doesn't exist");
        }
        MethodSpec spec = db.methods().find(model, method, db.version());
        if (spec == null) {
            throw OdooError.attributeError(db.version().atLeast(18)
                    ? "The method '" + model + "." + method + "' does not exist"
                    : "The method '" + method + "' does not exist on the model '" + model + "'");
        }
        Map<String, Object> kw = new LinkedHashMap<>(kwargs == null ? Map.of() : kwargs);
        Object ctx = kw.remove("context");
        Map<String, Object> context = contextOf(ctx);
        return db.transaction(uid, context, superuser, env -> {
            Object result = invoke(env, m, spec, args, kw);
            if (metered) {
                List<Integer> ids = spec.kind() == MethodSpec.Kind.RECORDS ? ids(args.get(0)) : List.of();
                db.meter().worked(model, method, CallRows.of(spec.kind(), ids, result));
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> contextOf(Object ctx) {
        if (Values.unset(ctx)) {
            return Map.of();
        }
        if (ctx instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw OdooError.valueError("dictionary update sequence element #0 has length 1; 2 is required");
    }

    /** Runs a bound method inside an existing transaction. */
    public static Object invoke(Env env, ModelDef m, MethodSpec spec, List<Object> args, Map<String, Object> kw) {
        Map<String, Object> bound = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        switch (spec.kind()) {
            case MODEL -> {
                ArgBinder.bind(spec, args, kw, bound, extra);
                return spec.handler().invoke(env, new Call(m, null, bound, extra));
            }
            case CREATE -> {
                ArgBinder.bind(spec, args, kw, bound, extra);
                Object result = spec.handler().invoke(env, new Call(m, null, bound, extra));
                if (args.isEmpty()) {
                    throw OdooError.indexError("list index out of range");
                }
                if (args.get(0) instanceof Map) {
                    List<?> ids = (List<?>) result;
                    return ids.isEmpty() ? Boolean.FALSE : ids.get(0);
                }
                return result;
            }
            default -> {
                if (args.isEmpty()) {
                    throw OdooError.indexError("list index out of range");
                }
                List<Integer> ids = ids(args.get(0));
                ArgBinder.bind(spec, args.subList(1, args.size()), kw, bound, extra);
                return spec.handler().invoke(env, new Call(m, ids, bound, extra));
            }
        }
    }

    /** {@code browse(ids)}: a single id, a list of ids, or a falsy value for none. */
    public static List<Integer> ids(Object value) {
        List<Integer> out = new ArrayList<>();
        if (Values.unset(value)) {
            return out;
        }
        if (Values.isInt(value)) {
            out.add(((Number) value).intValue());
            return out;
        }
        if (value instanceof List<?> l) {
            for (Object o : l) {
                if (!Values.isInt(o)) {
                    throw new OdooError(PyException.TYPE_ERROR, "'" + Values.pyTypeName(o)
                            + "' object cannot be interpreted as an integer");
                }
                out.add(((Number) o).intValue());
            }
            return out;
        }
        throw new OdooError(PyException.TYPE_ERROR, "'" + Values.pyTypeName(value) + "' object is not iterable");
    }
}
