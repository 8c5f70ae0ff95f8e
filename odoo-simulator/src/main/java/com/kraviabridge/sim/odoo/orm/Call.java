package com.kraviabridge.sim.odoo.orm;

import java.util.List;
import java.util.Map;

/** One bound invocation: the model, the record ids (record methods) and the arguments by name. */
public record Call(ModelDef model, List<Integer> ids, Map<String, Object> args, Map<String, Object> extraKwargs) {
    public Object arg(String name) {
        return args.get(name);
    }

    public String string(String name) {
        Object v = args.get(name);
        return Values.unset(v) ? null : String.valueOf(v);
    }

    /** Python's "limit=None": False and None both mean no limit. */
    public Integer optionalInt(String name) {
        Object v = args.get(name);
        return Values.unset(v) ? null : Values.pyInt(v);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object v = args.get(name);
        if (Values.unset(v)) {
            return null;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (!(o instanceof String)) {
                    throw OdooError.typeError("field names must be strings, not " + Values.pyTypeName(o));
                }
            }
            return (List<String>) l;
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        throw OdooError.typeError("'" + Values.pyTypeName(v) + "' object is not iterable");
    }
}
