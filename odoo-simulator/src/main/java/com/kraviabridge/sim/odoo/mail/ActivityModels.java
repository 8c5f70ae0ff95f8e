package com.kraviabridge.sim.odoo.mail;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelBuilder;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.SchemaBuilder;

/**
 * {@code mail.activity} and {@code mail.activity.type} as the mail module defines them. An activity points at its
 * document by {@code res_model_id} (required) and {@code res_id}; {@code res_model} is the stored, read-only name of
 * that model. From 17 an activity has {@code active} and {@code date_done}, and a type has {@code keep_done}: a done
 * activity of such a type is archived instead of deleted.
 */
public final class ActivityModels {
    /** The module and name of the To-Do type's XML id, {@code mail.mail_activity_data_todo}. */
    public static final String TODO_MODULE = "mail";
    public static final String TODO_NAME = "mail_activity_data_todo";

    private ActivityModels() {
    }

    public static void define(SchemaBuilder s, OdooVersion v) {
        ModelBuilder type = s.model("mail.activity.type", "Activity Type").order("sequence, id");
        type.char_("name", "Name").required();
        type.char_("summary", "Default Summary");
        type.integer("sequence", "Sequence").defaultValue(10);
        type.bool("active", "Active").defaultValue(true);
        type.integer("delay_count", "Schedule").defaultValue(0);
        type.selection("delay_unit", "Delay units", "days", "days", "weeks", "weeks", "months", "months")
                .required().defaultValue("days");
        type.char_("icon", "Icon");
        type.char_("res_model", "Model");
        type.selection("category", "Action", "default", "None", "upload_file", "Upload Document", "phonecall",
                "Phonecall").defaultValue("default");
        type.m2o("default_user_id", "Default User", "res.users");
        if (v.atLeast(17)) {
            type.bool("keep_done", "Keep Done");
        }

        ModelBuilder a = s.model("mail.activity", "Activity").order("date_deadline ASC, id ASC").recName("summary");
        a.m2o("res_model_id", "Document Model", "ir.model").required().ondelete("cascade").indexed();
        a.char_("res_model", "Related Document Model").readonly().indexed();
        a.integer("res_id", "Related Document ID").indexed();
        a.char_("res_name", "Document Name").readonly();
        a.m2o("activity_type_id", "Activity Type", "mail.activity.type").ondelete("restrict");
        a.char_("summary", "Summary");
        a.html("note", "Note");
        a.date("date_deadline", "Due Date").required().defaultValue(Env::today);
        a.bool("automated", "Automated activity").readonly();
        a.m2o("user_id", "Assigned to", "res.users").required().ondelete("cascade").indexed()
                .defaultValue(env -> env.uid());
        a.m2o("request_partner_id", "Requesting Partner", "res.partner");
        if (v.atLeast(17)) {
            a.date("date_done", "Done Date").readonly();
            a.bool("active", "Active").defaultValue(true);
        }
    }

    /** The To-Do type and its XML id, as the mail module's data installs them. */
    public static void seed(Env env) {
        Rec todo = env.insert("mail.activity.type");
        env.put(todo, "name", "To-Do");
        env.put(todo, "icon", "fa-check");
        env.put(todo, "delay_count", 5);
        env.put(todo, "sequence", 12);
        Rec data = env.insert("ir.model.data");
        env.put(data, "module", TODO_MODULE);
        env.put(data, "name", TODO_NAME);
        env.put(data, "model", "mail.activity.type");
        env.put(data, "res_id", todo.id());
        env.put(data, "noupdate", true);
    }

    /** The To-Do type's id, null when its XML id is gone. */
    static Integer todoType(Env env) {
        for (Rec r : env.table("ir.model.data").scan()) {
            if (TODO_MODULE.equals(env.str(r, "module")) && TODO_NAME.equals(env.str(r, "name"))) {
                return env.id(r, "res_id");
            }
        }
        return null;
    }
}
