package com.kraviabridge.sim.odoo.mail;

import com.kraviabridge.sim.odoo.Operation;
import com.kraviabridge.sim.odoo.orm.AccessControl;
import com.kraviabridge.sim.odoo.orm.Constraints;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.List;
import java.util.Map;

/**
 * What {@code mail.activity.create} checks and fills: the document model comes from {@code res_model_id} (a
 * {@code res_model} given alone leaves the required {@code res_model_id} empty), the document must exist and be
 * writable by the caller (activities follow the document's {@code _mail_post_access}), the type defaults to To-Do.
 */
public final class ActivityHooks implements ModelHooks {

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        vals.remove("res_model");
        Object modelId = vals.get("res_model_id");
        if (Values.unset(modelId)) {
            throw Constraints.notNullViolation(env.model("mail.activity"),
                    env.model("mail.activity").field("res_model_id"));
        }
        Rec model = env.sudo().rec("ir.model", Values.pyInt(modelId));
        if (model == null) {
            throw Constraints.foreignKeyViolation(env.model("mail.activity"),
                    env.model("mail.activity").field("res_model_id"));
        }
        Object resId = vals.get("res_id");
        if (Values.unset(resId) || Values.pyInt(resId) == 0) {
            throw Constraints.sqlConstraint("Activities have to be linked to records with a not null res_id.");
        }
        String docModel = env.str(model, "model");
        if (!env.db().registry().has(docModel)) {
            throw OdooError.keyError(docModel);
        }
        AccessControl.checkModel(env, env.model(docModel), Operation.WRITE);
        Orm.browseExisting(env, env.model(docModel), List.of(Values.pyInt(resId)), Operation.WRITE);
        if (Values.unset(vals.get("activity_type_id"))) {
            Integer todo = ActivityModels.todoType(env);
            if (todo != null) {
                vals.put("activity_type_id", todo);
            }
        }
        Object user = vals.get("user_id");
        if (!Values.unset(user) && env.sudo().rec("res.users", Values.pyInt(user)) == null) {
            throw Constraints.foreignKeyViolation(env.model("mail.activity"),
                    env.model("mail.activity").field("user_id"));
        }
    }

    @Override
    public void afterCreate(Env env, Rec rec, Map<String, Object> vals) {
        Rec model = env.sudo().rec("ir.model", env.id(rec, "res_model_id"));
        String docModel = env.str(model, "model");
        env.put(rec, "res_model", docModel);
        Rec document = env.sudo().rec(docModel, env.id(rec, "res_id"));
        env.put(rec, "res_name", document == null ? null : env.sudo().displayName(document));
    }
}
