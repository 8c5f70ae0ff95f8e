package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.OdooVersion;

import java.util.ArrayList;
import java.util.List;

/** Collects model definitions and adds the magic fields every Odoo model has. */
public final class SchemaBuilder {
    private final Registry registry = new Registry();
    private final OdooVersion version;
    private final List<ModelBuilder> builders = new ArrayList<>();

    public SchemaBuilder(OdooVersion version) {
        this.version = version;
    }

    public ModelBuilder model(String name, String description) {
        ModelDef def = new ModelDef(name, description);
        ModelBuilder b = new ModelBuilder(def);
        b.field("id", FieldType.INTEGER, "ID").compute((env, rec) -> rec.id(), true);
        builders.add(b);
        registry.put(def);
        return b;
    }

    public Registry build() {
        for (ModelBuilder b : builders) {
            b.field("display_name", FieldType.CHAR, "Display Name").compute((env, rec) -> env.displayName(rec), false);
            b.m2o("create_uid", "Created by", "res.users").readonly();
            b.datetime("create_date", "Created on").readonly();
            b.m2o("write_uid", "Last Updated by", "res.users").readonly();
            b.datetime("write_date", "Last Updated on").readonly();
            if (!version.atLeast(17)) {
                b.datetime("__last_update", "Last Modified on").compute((env, rec) -> {
                    Object w = env.get(rec, "write_date");
                    return w != null ? w : env.get(rec, "create_date");
                }, false);
            }
            b.def().seal();
        }
        return registry;
    }

    /** A custom ("manual") field created at run time through ir.model.fields. */
    public static FieldDef manualField(String name, FieldType type, String label, String relation) {
        return manualField(name, type, label, relation, false);
    }

    /** The same, with a database index when {@code indexed} (ir.model.fields' {@code index}). */
    public static FieldDef manualField(String name, FieldType type, String label, String relation, boolean indexed) {
        FieldDef f = new FieldDef(name, type, label);
        f.manual = true;
        f.indexed = indexed;
        f.relation = relation;
        if (type == FieldType.BOOLEAN) {
            f.defaultValue = env -> false;
        } else if (type == FieldType.INTEGER) {
            f.defaultValue = env -> 0;
        } else if (type == FieldType.FLOAT) {
            f.defaultValue = env -> 0.0;
        }
        return f;
    }
}
