package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * account.bank.statement.line: each line owns a posted journal entry whose liquidity line sits on the bank
 * journal's account and whose counterpart waits on the journal's suspense account until the line is matched.
 * Matching with an invoice (what the bank reconciliation does) puts the counterpart on the invoice's receivable
 * account under the invoice's partner and reconciles the two; the line is then reconciled and the invoice paid.
 */
public final class StatementLines implements ModelHooks {

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        if (!Values.unset(vals.get("move_id"))) {
            return;
        }
        if (Values.unset(vals.get("journal_id"))) {
            throw OdooError.validationError("The following required fields are missing: Journal");
        }
        Rec journal = env.rec("account.journal", Values.pyInt(vals.get("journal_id")));
        if (journal == null || !List.of("bank", "cash", "credit").contains(env.str(journal, "type"))) {
            throw OdooError.userError("A bank statement line can only be created in a bank, cash or credit journal.");
        }
        Map<String, Object> moveVals = new LinkedHashMap<>();
        moveVals.put("move_type", "entry");
        moveVals.put("journal_id", journal.id());
        moveVals.put("date", Values.unset(vals.get("date")) ? env.today().toString() : vals.get("date"));
        if (!Values.unset(vals.get("partner_id"))) {
            moveVals.put("partner_id", vals.get("partner_id"));
        }
        Rec move = Orm.createOne(env.sudo(), env.model("account.move"), moveVals);
        vals.remove("journal_id");
        vals.remove("date");
        vals.put("move_id", move.id());
    }

    @Override
    public void afterCreate(Env env, Rec stLine, Map<String, Object> vals) {
        Rec move = env.ref(stLine, "move_id");
        env.put(move, "statement_line_id", stLine.id());
        Rec journal = env.ref(move, "journal_id");
        Integer liquidity = env.id(journal, "default_account_id");
        Integer suspense = env.id(journal, "suspense_account_id");
        if (liquidity == null || suspense == null) {
            throw OdooError.userError("You can't create a new statement line without a suspense account set on the "
                    + env.str(journal, "name") + " journal.");
        }
        BigDecimal amount = env.dec(stLine, "amount");
        Integer currency = env.id(stLine, "currency_id");
        Integer partner = env.id(stLine, "partner_id");
        String label = env.str(stLine, "payment_ref");
        LineFactory.create(env, move, liquidity, amount, amount, currency, "product", label, partner);
        LineFactory.create(env, move, suspense, amount.negate(), amount.negate(), currency, "product", label, partner);
        MoveSync.dirty(env).remove(move.id());
        PaymentStates.recomputeAmounts(env, move);
        Posting.post(env, List.of(move));
    }

    /** Still on the suspense account: the line's amount not yet matched with anything, signed as those lines. */
    public static Object residual(Env env, Rec stLine) {
        BigDecimal open = BigDecimal.ZERO;
        for (Rec line : suspenseLines(env, stLine)) {
            open = open.add(env.dec(line, "amount_currency"));
        }
        return open.doubleValue();
    }

    public static Object isReconciled(Env env, Rec stLine) {
        List<Rec> suspense = suspenseLines(env, stLine);
        if (suspense.isEmpty()) {
            return env.ref(stLine, "move_id") != null;
        }
        return BigDecimal.valueOf((Double) residual(env, stLine)).signum() == 0;
    }

    private static List<Rec> suspenseLines(Env env, Rec stLine) {
        Rec move = env.ref(stLine, "move_id");
        Rec journal = move == null ? null : env.ref(move, "journal_id");
        Integer suspense = journal == null ? null : env.id(journal, "suspense_account_id");
        List<Rec> found = new ArrayList<>();
        if (suspense != null) {
            for (Rec line : env.refs(move, "line_ids")) {
                if (suspense.equals(env.id(line, "account_id"))) {
                    found.add(line);
                }
            }
        }
        return found;
    }

    /**
     * Matches the statement line with an invoice as the bank reconciliation does: its suspense line moves to the
     * invoice's receivable account under the invoice's partner and is reconciled with the invoice's open
     * receivable lines. With {@code underCustomer} the statement line itself is put under the customer too, as
     * an accountant does who takes the payment for the customer's own.
     */
    public static Reconciler.Outcome matchWithInvoice(Env env, Rec stLine, Rec invoice, boolean underCustomer) {
        if (!"posted".equals(env.str(invoice, "state"))) {
            throw new IllegalStateException("invoice " + invoice.id() + " is not posted");
        }
        List<Rec> suspense = suspenseLines(env, stLine);
        if (suspense.size() != 1) {
            throw new IllegalStateException("statement line " + stLine.id() + " is already matched");
        }
        List<Rec> receivables = new ArrayList<>();
        for (Rec line : env.refs(invoice, "line_ids")) {
            if (Accounts.isReceivableOrPayable(env, env.ref(line, "account_id")) && !env.bool(line, "reconciled")) {
                receivables.add(line);
            }
        }
        if (receivables.isEmpty()) {
            throw new IllegalStateException("invoice " + invoice.id() + " has nothing open to match");
        }
        Integer customer = env.id(invoice, "commercial_partner_id");
        Rec counterpart = suspense.get(0);
        env.update(counterpart, "account_id", env.id(receivables.get(0), "account_id"));
        env.update(counterpart, "partner_id", customer);
        Residuals.recompute(env, counterpart);
        if (underCustomer) {
            env.update(stLine, "partner_id", customer);
            Rec move = env.ref(stLine, "move_id");
            env.update(move, "partner_id", customer);
            for (Rec line : env.refs(move, "line_ids")) {
                env.update(line, "partner_id", customer);
            }
        }
        List<Rec> lines = new ArrayList<>(receivables);
        lines.add(0, counterpart);
        return Reconciler.reconcile(env, lines);
    }
}
