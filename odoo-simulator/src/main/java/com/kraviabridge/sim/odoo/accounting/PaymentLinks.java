package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Computed links of a payment to its journal items and to the invoices it settled. */
public final class PaymentLinks {
    private PaymentLinks() {
    }

    /** Receivable/payable lines of the payment's entry. */
    public static List<Rec> counterpartLines(Env env, Rec payment) {
        Rec move = env.ref(payment, "move_id");
        List<Rec> out = new ArrayList<>();
        if (move != null) {
            for (Rec line : env.refs(move, "line_ids")) {
                if (Accounts.isReceivableOrPayable(env, env.ref(line, "account_id"))) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    public static Object isReconciled(Env env, Rec payment) {
        List<Rec> lines = counterpartLines(env, payment);
        if (lines.isEmpty()) {
            return false;
        }
        for (Rec l : lines) {
            if (!Money.isZero(env, env.dec(l, "amount_residual"), env.id(l, "company_currency_id"))) {
                return false;
            }
        }
        return true;
    }

    /** Matched with a bank statement: the liquidity side has nothing left to match. */
    public static Object isMatched(Env env, Rec payment) {
        Rec move = env.ref(payment, "move_id");
        Integer outstanding = env.id(payment, "outstanding_account_id");
        if (move == null || outstanding == null) {
            return false;
        }
        for (Rec line : env.refs(move, "line_ids")) {
            if (outstanding.equals(env.id(line, "account_id"))
                    && !Money.isZero(env, env.dec(line, "amount_residual"), env.id(line, "company_currency_id"))) {
                return false;
            }
        }
        return "posted".equals(env.str(move, "state"));
    }

    public static Object reconciledInvoices(Env env, Rec payment) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (Rec line : counterpartLines(env, payment)) {
            for (Rec other : Partials.counterpartLines(env, line)) {
                Rec move = env.ref(other, "move_id");
                String type = env.str(move, "move_type");
                if (type.startsWith("out_") || type.startsWith("in_")) {
                    ids.add(move.id());
                }
            }
        }
        return new ArrayList<>(ids);
    }
}
