package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.OdooVersion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Methods per model; "*" holds those every model inherits from BaseModel. A name may have
 * several specs when its signature differs between versions.
 */
public final class MethodTable {
    private final Map<String, Map<String, List<MethodSpec>>> byModel = new HashMap<>();

    public MethodTable add(String model, MethodSpec spec) {
        byModel.computeIfAbsent(model, m -> new HashMap<>())
                .computeIfAbsent(spec.name(), n -> new ArrayList<>())
                .add(spec);
        return this;
    }

    public MethodSpec find(String model, String method, OdooVersion version) {
        MethodSpec spec = lookup(model, method, version);
        return spec != null ? spec : lookup("*", method, version);
    }

    private MethodSpec lookup(String model, String method, OdooVersion version) {
        Map<String, List<MethodSpec>> m = byModel.get(model);
        List<MethodSpec> specs = m == null ? null : m.get(method);
        if (specs != null) {
            for (MethodSpec s : specs) {
                if (s.versions().test(version)) {
                    return s;
                }
            }
        }
        return null;
    }
}
