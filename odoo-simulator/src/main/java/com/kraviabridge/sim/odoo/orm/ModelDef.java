package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A model's schema as one database's registry sees it; custom fields make it per database. */
public final class ModelDef {
    final String name;
    final String description;
    String order = "id";
    String recName = "name";
    String companyField;
    String parentField;
    String aclGroup = "User types / Internal User";
    boolean mailThread;
    boolean hasActive;
    DisplayNamer displayNamer;
    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private int slots;

    /** Produces a record's display_name. */
    @FunctionalInterface
    public interface DisplayNamer {
        String name(Env env, Rec rec);
    }

    ModelDef(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String defaultOrder() {
        return order;
    }

    public String companyField() {
        return companyField;
    }

    public String parentField() {
        return parentField;
    }

    public boolean mailThread() {
        return mailThread;
    }

    public boolean hasActive() {
        return hasActive;
    }

    public String aclGroup() {
        return aclGroup;
    }

    public FieldDef field(String fieldName) {
        return fields.get(fieldName);
    }

    public boolean hasField(String fieldName) {
        return fields.containsKey(fieldName);
    }

    public Collection<FieldDef> fields() {
        return fields.values();
    }

    public List<String> fieldNames() {
        return new ArrayList<>(fields.keySet());
    }

    int slotCount() {
        return slots;
    }

    private boolean sealed;

    /**
     * Adds a field. Storage slots are handed out when the schema is sealed, because a field
     * only turns out computed or related after it was added; fields added later (custom ones)
     * get theirs at once.
     */
    FieldDef add(FieldDef field) {
        if (sealed && storable(field)) {
            field.slot = slots++;
        }
        fields.put(field.name, field);
        if ("active".equals(field.name)) {
            hasActive = true;
        }
        return field;
    }

    void seal() {
        if (!sealed) {
            for (FieldDef f : fields.values()) {
                if (storable(f)) {
                    f.slot = slots++;
                }
            }
            sealed = true;
        }
    }

    private static boolean storable(FieldDef f) {
        return f.compute == null && f.related == null && f.type != FieldType.ONE2MANY;
    }

    void restore(FieldDef field) {
        fields.put(field.name, field);
    }

    void remove(String fieldName) {
        // the slot stays allocated: records keep a dead value there, which is harmless
        fields.remove(fieldName);
    }

    ModelDef copy() {
        ModelDef c = new ModelDef(name, description);
        c.order = order;
        c.recName = recName;
        c.companyField = companyField;
        c.parentField = parentField;
        c.aclGroup = aclGroup;
        c.mailThread = mailThread;
        c.hasActive = hasActive;
        c.displayNamer = displayNamer;
        c.fields.putAll(fields);
        c.slots = slots;
        c.sealed = sealed;
        return c;
    }

    @Override
    public String toString() {
        return name;
    }
}
