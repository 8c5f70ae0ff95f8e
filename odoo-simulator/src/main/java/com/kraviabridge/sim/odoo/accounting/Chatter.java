package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.Operation;
import com.kraviabridge.sim.odoo.orm.AccessControl;
import com.kraviabridge.sim.odoo.orm.Call;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.MethodSpec;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Param;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mail.thread.message_post}: keyword-only, needs write access on the document
 * ({@code _mail_post_access}), returns the message id (a list holding it from 19 on). From 17 a plain-text body is escaped
 * unless {@code body_is_html=True} (docs/odoo-notes.md §4); 16 stores it as given and has no such parameter.
 */
public final class Chatter {
    private Chatter() {
    }

    /** The 16 signature: no body_is_html, extra keywords become message values. */
    public static MethodSpec spec() {
        List<Param> params = new ArrayList<>(List.of(Param.keyword("body", ""), Param.keyword("subject", null),
                Param.keyword("message_type", "notification"), Param.keyword("email_from", null),
                Param.keyword("author_id", null), Param.keyword("parent_id", false),
                Param.keyword("subtype_xmlid", null), Param.keyword("subtype_id", false),
                Param.keyword("partner_ids", null), Param.keyword("attachments", null),
                Param.keyword("attachment_ids", null)));
        return new MethodSpec("message_post", MethodSpec.Kind.RECORDS, List.copyOf(params), true,
                v -> !v.atLeast(17), Chatter::post);
    }

    /** 17+ adds body_is_html. */
    public static MethodSpec spec17() {
        List<Param> params = new ArrayList<>(spec().params());
        params.add(Param.keyword("body_is_html", false));
        return new MethodSpec("message_post", MethodSpec.Kind.RECORDS, List.copyOf(params), true,
                v -> v.atLeast(17), Chatter::post);
    }

    private static Object post(Env env, Call call) {
        if (call.ids().size() != 1) {
            throw OdooError.valueError("Expected singleton: " + call.model().name() + "("
                    + String.join(", ", call.ids().stream().map(String::valueOf).toList())
                    + (call.ids().size() == 1 ? "," : "") + ")");
        }
        AccessControl.checkModel(env, call.model(), Operation.WRITE);
        Rec record = Orm.browseExisting(env, call.model(), call.ids(), Operation.WRITE).get(0);
        String messageType = call.string("message_type");
        if ("user_notification".equals(messageType)) {
            throw OdooError.valueError("Posting a message should be done on a business document. Use message_notify"
                    + " to send a notification to an user.");
        }
        Env su = env.sudo();
        Object body = call.arg("body");
        String text = Values.unset(body) ? "" : String.valueOf(body);
        if (env.version().atLeast(17) && !Values.truthy(call.arg("body_is_html"))) {
            text = escape(text);
        }
        Integer subtype = subtype(su, call);
        Rec user = env.rec("res.users", env.uid());
        Map<String, Object> vals = new java.util.LinkedHashMap<>();
        vals.put("model", call.model().name());
        vals.put("res_id", record.id());
        vals.put("record_name", env.displayName(record));
        vals.put("body", text);
        vals.put("message_type", messageType == null ? "notification" : messageType);
        vals.put("subtype_id", subtype == null ? false : subtype);
        vals.put("author_id", Values.unset(call.arg("author_id"))
                ? (user == null ? false : env.id(user, "partner_id")) : call.arg("author_id"));
        vals.put("date", env.now());
        if (!Values.unset(call.arg("subject"))) {
            vals.put("subject", call.arg("subject"));
        }
        for (Map.Entry<String, Object> e : call.extraKwargs().entrySet()) {
            vals.put(e.getKey(), e.getValue());
        }
        Rec message = Orm.createOne(su, su.model("mail.message"), vals);
        if (subtype != null) {
            Rec st = su.rec("mail.message.subtype", subtype);
            su.put(message, "is_internal", su.bool(st, "internal"));
        }
        // 19 no longer downgrades the new message to its id: every protocol gets a one-element list
        return env.version().atLeast(19) ? new ArrayList<>(List.of(message.id())) : message.id();
    }

    private static Integer subtype(Env env, Call call) {
        Object id = call.arg("subtype_id");
        if (!Values.unset(id)) {
            return Values.pyInt(id);
        }
        String xmlid = call.string("subtype_xmlid");
        if (xmlid == null) {
            xmlid = "mail.mt_note";
        }
        String name = switch (xmlid) {
            case "mail.mt_note" -> "Note";
            case "mail.mt_comment" -> "Discussions";
            case "mail.mt_activities" -> "Activities";
            default -> throw OdooError.valueError("External ID not found in the system: " + xmlid);
        };
        for (Rec st : env.table("mail.message.subtype").scan()) {
            if (name.equals(env.str(st, "name"))) {
                return st.id();
            }
        }
        return null;
    }

    /** markupsafe.escape. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
