package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Constraints;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.FieldDef;
import com.kraviabridge.sim.odoo.orm.FieldType;
import com.kraviabridge.sim.odoo.orm.ModelDef;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.SchemaBuilder;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ir.model.fields: creating a manual {@code x_} field makes it live on its model at once (Odoo
 * reloads the registry); deleting it removes it. Base fields cannot be deleted.
 */
public final class CustomFields implements ModelHooks {
    private static final Set<FieldType> SUPPORTED = Set.of(FieldType.CHAR, FieldType.TEXT, FieldType.HTML,
            FieldType.INTEGER, FieldType.FLOAT, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME,
            FieldType.SELECTION, FieldType.MANY2ONE, FieldType.BINARY, FieldType.MONETARY);

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        Object name = vals.get("name");
        if (Values.unset(name)) {
            return;
        }
        if (!String.valueOf(name).startsWith("x_")) {
            throw OdooError.validationError("Custom fields must have a name that starts with 'x_' !");
        }
        if (Values.unset(vals.get("model_id"))) {
            return;
        }
        Rec model = env.rec("ir.model", Values.pyInt(vals.get("model_id")));
        if (model == null) {
            return;
        }
        String modelName = env.str(model, "model");
        vals.put("model", modelName);
        vals.putIfAbsent("state", "manual");
        FieldType type = FieldType.fromOdooName(String.valueOf(vals.get("ttype")));
        if (type == null || !SUPPORTED.contains(type)) {
            throw OdooError.userError("Field type " + vals.get("ttype") + " is not supported by the simulator for"
                    + " custom fields.");
        }
        if (type == FieldType.MANY2ONE) {
            Object relation = vals.get("relation");
            if (Values.unset(relation) || !env.db().registry().has(String.valueOf(relation))) {
                throw OdooError.userError("Unknown model name '" + relation + "' in Related Model");
            }
        }
        if (env.model(modelName).hasField(String.valueOf(name))) {
            throw Constraints.sqlConstraint("Field names must be unique per model.");
        }
    }

    @Override
    public void afterCreate(Env env, Rec rec, Map<String, Object> vals) {
        ModelDef model = env.model(env.str(rec, "model"));
        FieldType type = FieldType.fromOdooName(env.str(rec, "ttype"));
        FieldDef field = SchemaBuilder.manualField(env.str(rec, "name"), type, env.str(rec, "field_description"),
                env.str(rec, "relation"), env.bool(rec, "index"));
        env.db().addField(env.tx(), model, field);
    }

    @Override
    public void checkUnlink(Env env, List<Rec> recs) {
        for (Rec r : recs) {
            if (!"manual".equals(env.str(r, "state"))) {
                throw OdooError.userError("This column contains module data and cannot be removed!");
            }
        }
    }

    @Override
    public void afterUnlink(Env env, List<Rec> recs) {
        for (Rec r : recs) {
            ModelDef model = env.model(env.str(r, "model"));
            FieldDef field = model == null ? null : model.field(env.str(r, "name"));
            if (field != null) {
                env.db().removeField(env.tx(), model, field);
            }
        }
    }

    /** Custom models are outside what the simulator models. */
    public static final class Models implements ModelHooks {
        @Override
        public void prepareCreate(Env env, Map<String, Object> vals) {
            throw OdooError.userError("Creating models is not supported by the Odoo simulator.");
        }
    }
}
