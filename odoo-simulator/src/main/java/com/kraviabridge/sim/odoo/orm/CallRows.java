package com.kraviabridge.sim.odoo.orm;

import java.util.List;
import java.util.Map;

/**
 * How many records a call handled, which is what Odoo's time for it grows with: the records it was given when it
 * runs on ids, else the records it answered with or made; one for anything else (a count, a schema).
 */
final class CallRows {
    private CallRows() {
    }

    static int of(MethodSpec.Kind kind, List<Integer> ids, Object result) {
        if (kind == MethodSpec.Kind.RECORDS) {
            return ids.size();
        }
        if (result instanceof List<?> list) {
            return list.size();
        }
        if (result instanceof RecordsetValue recordset) {
            return recordset.ids().size();
        }
        if (result instanceof Map<?, ?> map && map.get("ids") instanceof List<?> loaded) {
            return loaded.size(); // load: the records it wrote or made
        }
        return 1;
    }
}
