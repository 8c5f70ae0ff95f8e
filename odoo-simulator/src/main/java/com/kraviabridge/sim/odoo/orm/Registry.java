package com.kraviabridge.sim.odoo.orm;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The models known to one database. */
public final class Registry {
    private final Map<String, ModelDef> models = new LinkedHashMap<>();

    public ModelDef model(String name) {
        return models.get(name);
    }

    public boolean has(String name) {
        return models.containsKey(name);
    }

    public Collection<ModelDef> models() {
        return models.values();
    }

    void put(ModelDef model) {
        models.put(model.name, model);
    }

    /** A private copy so that custom fields added in one database stay there. */
    public Registry copy() {
        Registry r = new Registry();
        models.values().forEach(m -> r.put(m.copy()));
        return r;
    }
}
