package com.kraviabridge.sim.odoo.orm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A recordset returned by a method that Odoo does not downgrade to ids (docs/odoo-notes.md §1.1). XML-RPC
 * cannot marshal it; JSON-RPC prints its Python repr.
 */
public record RecordsetValue(String model, List<Integer> ids) {
    public String pythonRepr() {
        String inner = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return model + "(" + inner + (ids.size() == 1 ? "," : "") + ")";
    }

    /** The class name Python's marshaller complains about. */
    public String pythonClass() {
        return "odoo.api." + model;
    }
}
