package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code fields_get(allfields, attributes)}: the field descriptions clients probe at start-up. */
public final class FieldsGet {
    private FieldsGet() {
    }

    public static Map<String, Object> describe(Env env, ModelDef model, List<String> allfields, List<String> attributes) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FieldDef f : model.fields()) {
            if (allfields != null && !allfields.isEmpty() && !allfields.contains(f.name)) {
                continue;
            }
            Map<String, Object> all = description(f);
            if (attributes == null || attributes.isEmpty()) {
                out.put(f.name, all);
            } else {
                Map<String, Object> picked = new LinkedHashMap<>();
                for (String a : attributes) {
                    if (all.containsKey(a)) {
                        picked.put(a, all.get(a));
                    }
                }
                out.put(f.name, picked);
            }
        }
        return out;
    }

    private static Map<String, Object> description(FieldDef f) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", f.type.odooName());
        d.put("change_default", false);
        d.put("company_dependent", false);
        d.put("depends", new ArrayList<>(f.depends()));
        d.put("manual", f.manual);
        d.put("name", f.name);
        d.put("readonly", f.readonly || f.compute != null && f.related == null && !f.store);
        d.put("required", f.required);
        d.put("searchable", true);
        d.put("sortable", f.store && !f.type.x2many());
        d.put("store", f.store);
        d.put("string", f.label);
        if (f.help != null) {
            d.put("help", f.help);
        }
        if (f.type.relational()) {
            d.put("relation", f.relation);
            d.put("context", new LinkedHashMap<>());
            d.put("domain", new ArrayList<>());
        }
        if (f.type == FieldType.ONE2MANY) {
            d.put("relation_field", f.inverseName);
        }
        if (f.type == FieldType.SELECTION) {
            List<Object> sel = new ArrayList<>();
            for (Map.Entry<String, String> e : f.selection) {
                sel.add(new ArrayList<>(List.of(e.getKey(), e.getValue())));
            }
            d.put("selection", sel);
        }
        if (f.type == FieldType.MONETARY && f.currencyField != null) {
            d.put("currency_field", f.currencyField);
        }
        if (f.related != null) {
            d.put("related", f.related);
        }
        return d;
    }
}
