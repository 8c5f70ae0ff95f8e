package com.kraviabridge.sim.odoo.orm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON-2 call: every argument by name, the records in {@code ids}, the context in {@code context}. Odoo
 * looks up the model (404), the public method (403 for a private one, 404 for none), refuses ids on a
 * model-level method and arguments that do not bind to the signature (422), then runs the method in one
 * transaction. A returned recordset becomes its list of ids, so create answers a list even for one record.
 */
public final class NamedCall {
    private NamedCall() {
    }

    /**
     * Runs {@code model.method} as {@code uid} with the JSON body's members; {@code ids} and {@code context}
     * are taken out, the rest binds to the method's parameters. Returns the wire result, null for None.
     */
    public static Object call(OdooDatabase db, int uid, String model, String method, Map<String, Object> body) {
        Map<String, Object> kwargs = new LinkedHashMap<>(body);
        Object rawIds = kwargs.remove("ids");
        Object rawContext = kwargs.remove("context");
        ModelDef m = db.registry().model(model);
        if (m == null) {
            throw OdooError.notFound("the model " + PyRepr.repr(model) + " does not exist");
        }
        if (method.startsWith("_")) {
            throw OdooError.accessError("Private methods (such as " + PyRepr.repr(model + "." + method)
                    + ") cannot be called remotely.");
        }
        MethodSpec spec = db.methods().find(model, method, db.version());
        if (spec == null) {
            throw OdooError.notFound("The method " + PyRepr.repr(model + "." + method) + " does not exist");
        }
        List<Integer> ids = CallKw.ids(rawIds);
        boolean modelLevel = spec.kind() != MethodSpec.Kind.RECORDS;
        if (modelLevel && !ids.isEmpty()) {
            throw OdooError.unprocessable("cannot call " + model + "." + method + " with ids");
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        ArgBinder.bindNamed(spec, kwargs, bound, extra);
        Map<String, Object> context = CallKw.contextOf(rawContext);
        Call call = new Call(m, modelLevel ? null : ids, bound, extra);
        Object result = db.transaction(uid, context, false, env -> {
            Object answer = spec.handler().invoke(env, call);
            db.meter().worked(model, method, CallRows.of(spec.kind(), ids, answer));
            return answer;
        });
        return result instanceof RecordsetValue recordset ? recordset.ids() : result;
    }
}
