package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.Operation;
import com.kraviabridge.sim.odoo.orm.AccessControl;
import com.kraviabridge.sim.odoo.orm.Call;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.MethodSpec;
import com.kraviabridge.sim.odoo.orm.MethodTable;
import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Param;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The business methods the bridge calls remotely, and the model hooks behind them. */
public final class AccountingMethods {
    private static final List<String> MAIL_THREAD_MODELS = List.of("account.move", "account.payment", "res.partner",
            "account.journal");

    private AccountingMethods() {
    }

    public static void register(MethodTable t) {
        t.add("account.move", MethodSpec.records("action_post", List.of(), (env, c) -> {
            Posting.post(env, writable(env, c));
            return false;
        }));
        t.add("account.move", MethodSpec.records("button_draft", List.of(), AccountingMethods::buttonDraft));
        t.add("account.move", MethodSpec.records("button_cancel", List.of(), AccountingMethods::buttonCancel));
        t.add("account.move", MethodSpec.records("js_remove_outstanding_partial", List.of(Param.required("partial_id")),
                AccountingMethods::removeOutstandingPartial));
        t.add("account.move", MethodSpec.records("js_assign_outstanding_line", List.of(Param.required("line_id")),
                AccountingMethods::assignOutstandingLine));
        t.add("account.move", MethodSpec.records("action_toggle_block_payment", List.of(),
                AccountingMethods::toggleBlockPayment).onlyIn(v -> v.atLeast(18)));
        t.add("account.move.line", MethodSpec.records("reconcile", List.of(), (env, c) ->
                Reconciler.reconcile(env, writable(env, c)).returnValue(env)));
        t.add("account.move.line", MethodSpec.records("remove_move_reconcile", List.of(), (env, c) -> {
            Reconciler.unreconcile(env, writable(env, c));
            return null;
        }));
        t.add("account.payment", MethodSpec.records("action_post", List.of(), (env, c) -> {
            PaymentLifecycle.post(env, writable(env, c));
            return null;
        }));
        for (String model : MAIL_THREAD_MODELS) {
            t.add(model, Chatter.spec());
            t.add(model, Chatter.spec17());
        }
        t.add("res.users", MethodSpec.model("context_get", List.of(), (env, c) -> {
            Map<String, Object> ctx = new LinkedHashMap<>();
            Rec user = env.rec("res.users", env.uid());
            ctx.put("lang", user == null ? "en_US" : env.str(user, "lang"));
            ctx.put("tz", user == null ? false : env.str(user, "tz"));
            ctx.put("uid", env.uid());
            return ctx;
        }));
    }

    public static void installHooks(OdooDatabase db) {
        db.addHooks("account.move", new MoveHooks());
        db.addHooks("account.move.line", new LineHooks());
        db.addHooks("account.partial.reconcile", new PartialHooks());
        db.addHooks("account.payment", new PaymentLifecycle());
        db.addHooks("account.bank.statement.line", new StatementLines());
        db.addHooks("ir.model.fields", new CustomFields());
        db.addHooks("ir.model", new CustomFields.Models());
        db.addFlusher(MoveSync::flush);
    }

    /** Business methods modify their records: write access on the model and rules on the rows. */
    private static List<Rec> writable(Env env, Call c) {
        AccessControl.checkModel(env, c.model(), Operation.WRITE);
        return Orm.browseExisting(env, c.model(), c.ids(), Operation.WRITE);
    }

    private static Object buttonDraft(Env env, Call c) {
        List<Rec> moves = writable(env, c);
        for (Rec m : moves) {
            String state = env.str(m, "state");
            if (!"posted".equals(state) && !"cancel".equals(state)) {
                throw OdooError.userError("Only posted/cancelled journal entries can be reset to draft.");
            }
        }
        resetToDraft(env, moves);
        return null;
    }

    private static void resetToDraft(Env env, List<Rec> moves) {
        List<Rec> lines = new ArrayList<>();
        for (Rec m : moves) {
            lines.addAll(env.refs(m, "line_ids"));
        }
        Reconciler.unreconcile(env, lines);
        for (Rec m : moves) {
            env.put(m, "state", "draft");
            for (Rec l : env.refs(m, "line_ids")) {
                env.touch(l);
            }
            PaymentStates.recomputeState(env, m);
            Rec payment = PaymentStates.paymentOf(env, m);
            if (payment != null && env.version().atLeast(18)) {
                env.put(payment, "state", "draft");
            }
        }
    }

    private static Object buttonCancel(Env env, Call c) {
        List<Rec> moves = writable(env, c);
        List<Rec> posted = new ArrayList<>();
        for (Rec m : moves) {
            if ("posted".equals(env.str(m, "state"))) {
                posted.add(m);
            }
        }
        resetToDraft(env, posted);
        for (Rec m : moves) {
            env.put(m, "state", "cancel");
            env.put(m, "auto_post", "no");
            Rec payment = PaymentStates.paymentOf(env, m);
            if (payment != null && env.version().atLeast(18)) {
                env.put(payment, "state", "canceled");
            }
        }
        return null;
    }

    private static Object removeOutstandingPartial(Env env, Call c) {
        ensureOne(c);
        writable(env, c);
        Rec partial = env.rec("account.partial.reconcile", Values.pyInt(c.arg("partial_id")));
        if (partial != null) {
            Orm.unlinkRecords(env.sudo(), env.model("account.partial.reconcile"), List.of(partial));
        }
        return true;
    }

    private static Object assignOutstandingLine(Env env, Call c) {
        ensureOne(c);
        Rec invoice = writable(env, c).get(0);
        Rec line = env.rec("account.move.line", Values.pyInt(c.arg("line_id")));
        if (line == null) {
            throw OdooError.missingError("Record does not exist or has been deleted.\n(Record: account.move.line("
                    + c.arg("line_id") + ",), User: " + env.uid() + ")");
        }
        List<Rec> lines = new ArrayList<>();
        lines.add(line);
        for (Rec l : env.refs(invoice, "line_ids")) {
            if (l.id() != line.id() && env.id(l, "account_id").equals(env.id(line, "account_id"))
                    && !env.bool(l, "reconciled")) {
                lines.add(l);
            }
        }
        return Reconciler.reconcile(env, lines).returnValue(env);
    }

    private static Object toggleBlockPayment(Env env, Call c) {
        for (Rec m : writable(env, c)) {
            String state = env.str(m, "payment_state");
            if ("paid".equals(state) || "in_payment".equals(state)) {
                throw OdooError.userError("You cannot block the payment of an invoice which is already paid.");
            }
            if ("blocked".equals(state)) {
                env.put(m, "payment_state", "not_paid");
                PaymentStates.recomputeState(env, m);
            } else {
                env.put(m, "payment_state", "blocked");
            }
        }
        return null;
    }

    private static void ensureOne(Call c) {
        if (c.ids().size() != 1) {
            throw OdooError.valueError("Expected singleton: " + c.model().name() + "("
                    + String.join(", ", c.ids().stream().map(String::valueOf).toList()) + ")");
        }
    }
}
