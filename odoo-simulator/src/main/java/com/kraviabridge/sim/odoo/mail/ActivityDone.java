package com.kraviabridge.sim.odoo.mail;

import com.kraviabridge.sim.odoo.Operation;
import com.kraviabridge.sim.odoo.accounting.Chatter;
import com.kraviabridge.sim.odoo.orm.AccessControl;
import com.kraviabridge.sim.odoo.orm.Call;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.MethodSpec;
import com.kraviabridge.sim.odoo.orm.MethodTable;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Param;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mail.activity.action_feedback(feedback=False, attachment_ids=None)} and {@code action_done()}: for each
 * activity a "done" message on its document (subtype Activities, with the activity's type), then the activity is
 * deleted, or archived with its done date when its type keeps done activities (17 on). Either way a search without
 * {@code active_test=False} no longer finds it, and marking a deleted one done again is a MissingError. Returns the
 * first message's id, or False.
 */
public final class ActivityDone {
    private ActivityDone() {
    }

    public static void register(MethodTable t) {
        t.add("mail.activity", MethodSpec.records("action_feedback",
                List.of(Param.optional("feedback", false), Param.optional("attachment_ids", null)),
                (env, c) -> done(env, c, c.arg("feedback"))));
        t.add("mail.activity", MethodSpec.records("action_done", List.of(), (env, c) -> done(env, c, false)));
    }

    private static Object done(Env env, Call call, Object feedback) {
        AccessControl.checkModel(env, call.model(), Operation.WRITE);
        List<Rec> activities = Orm.browseExisting(env, call.model(), call.ids(), Operation.WRITE);
        Env su = env.sudo();
        List<Integer> messages = new ArrayList<>();
        List<Rec> toDelete = new ArrayList<>();
        for (Rec activity : activities) {
            messages.add(postDone(env, su, activity, feedback));
            if (keepsDone(su, activity)) {
                su.put(activity, "active", false);
                su.put(activity, "date_done", env.today());
            } else {
                toDelete.add(activity);
            }
        }
        Orm.unlinkRecords(su, call.model(), toDelete);
        return messages.isEmpty() ? Boolean.FALSE : messages.get(0);
    }

    private static boolean keepsDone(Env su, Rec activity) {
        if (!su.version().atLeast(17)) {
            return false;
        }
        Rec type = su.ref(activity, "activity_type_id");
        return type != null && su.bool(type, "keep_done");
    }

    private static int postDone(Env env, Env su, Rec activity, Object feedback) {
        Rec type = su.ref(activity, "activity_type_id");
        String typeName = type == null ? "Activity" : su.str(type, "name");
        String summary = su.str(activity, "summary");
        StringBuilder body = new StringBuilder("<div><p>").append(Chatter.escape(typeName)).append(" done");
        if (summary != null && !summary.isEmpty()) {
            body.append(": ").append(Chatter.escape(summary));
        }
        body.append("</p>");
        if (Values.truthy(feedback)) {
            body.append("<div><b>Feedback:</b> ").append(Chatter.escape(String.valueOf(feedback))).append("</div>");
        }
        body.append("</div>");
        Rec user = su.rec("res.users", env.uid());
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("model", su.str(activity, "res_model"));
        vals.put("res_id", su.id(activity, "res_id"));
        vals.put("record_name", su.str(activity, "res_name"));
        vals.put("body", body.toString());
        vals.put("message_type", "notification");
        vals.put("subtype_id", activitiesSubtype(su));
        vals.put("mail_activity_type_id", type == null ? false : type.id());
        vals.put("author_id", user == null ? false : su.id(user, "partner_id"));
        vals.put("date", env.now());
        Rec message = Orm.createOne(su, su.model("mail.message"), vals);
        su.put(message, "is_internal", true);
        return message.id();
    }

    private static Object activitiesSubtype(Env su) {
        for (Rec st : su.table("mail.message.subtype").scan()) {
            if ("Activities".equals(su.str(st, "name"))) {
                return st.id();
            }
        }
        return false;
    }
}
