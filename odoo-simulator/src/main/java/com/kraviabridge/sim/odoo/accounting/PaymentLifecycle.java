package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;
import com.kraviabridge.sim.odoo.schema.StandardSchema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * account.payment: its journal entry (liquidity line on the outstanding account, counterpart on
 * receivable/payable), posting, and the 18+ state machine (in_process, paid once its invoices
 * are paid or its liquidity line is matched).
 */
public final class PaymentLifecycle implements ModelHooks {
    private static final Set<String> LINE_DRIVERS = Set.of("amount", "partner_id", "payment_type", "partner_type",
            "currency_id", "outstanding_account_id", "destination_account_id");

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        if (!Values.unset(vals.get("move_id"))) {
            return;
        }
        Object journal = vals.get("journal_id");
        if (Values.unset(journal)) {
            CompanyAccounts.Chart chart = chart(env, env.company());
            journal = chart.bankJournal;
            vals.put("journal_id", journal);
        }
        Rec j = env.rec("account.journal", Values.pyInt(journal));
        if (j == null) {
            return;
        }
        Object date = Values.unset(vals.get("date")) ? env.today().toString() : vals.get("date");
        vals.put("date", date);
        if (Values.unset(vals.get("currency_id"))) {
            Integer cur = env.id(j, "currency_id");
            vals.put("currency_id", cur != null ? cur : env.id(env.ref(j, "company_id"), "currency_id"));
        }
        Map<String, Object> moveVals = new LinkedHashMap<>();
        moveVals.put("move_type", "entry");
        moveVals.put("journal_id", j.id());
        moveVals.put("date", date);
        moveVals.put("currency_id", vals.get("currency_id"));
        Object memo = vals.get(env.version().atLeast(18) ? "memo" : "ref");
        if (!Values.unset(memo)) {
            moveVals.put("ref", memo);
        }
        Rec move = Orm.createOne(env.sudo(), env.model("account.move"), moveVals);
        vals.put("move_id", move.id());
        if (env.version().atLeast(18)) {
            vals.putIfAbsent("company_id", env.id(j, "company_id"));
        }
    }

    @Override
    public void afterCreate(Env env, Rec payment, Map<String, Object> vals) {
        Rec move = env.ref(payment, "move_id");
        env.put(move, env.version().atLeast(18) ? "origin_payment_id" : "payment_id", payment.id());
        writeLines(env, payment);
    }

    @Override
    public void afterWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
        boolean relevant = vals.keySet().stream().anyMatch(LINE_DRIVERS::contains);
        for (Rec payment : recs) {
            Rec move = env.ref(payment, "move_id");
            if (relevant && move != null && "draft".equals(env.str(move, "state"))) {
                writeLines(env, payment);
            }
        }
    }

    /** Regenerates the two lines of a draft payment entry from the payment's fields. */
    static void writeLines(Env env, Rec payment) {
        Rec move = env.ref(payment, "move_id");
        Integer companyId = env.id(move, "company_id");
        CompanyAccounts.Chart chart = chart(env, companyId);
        boolean inbound = "inbound".equals(env.str(payment, "payment_type"));
        boolean customer = !"supplier".equals(env.str(payment, "partner_type"));
        Integer outstanding = env.id(payment, "outstanding_account_id");
        if (outstanding == null) {
            outstanding = inbound ? chart.outstandingReceipts : chart.outstandingPayments;
            env.put(payment, "outstanding_account_id", outstanding);
        }
        Integer destination = env.id(payment, "destination_account_id");
        if (destination == null) {
            destination = customer ? chart.receivable : chart.payable;
            env.put(payment, "destination_account_id", destination);
        }
        Rec partner = env.ref(payment, "partner_id");
        Integer commercial = partner == null ? null : StandardSchema.commercialPartner(env, partner).id();
        env.update(move, "partner_id", commercial);
        Integer currency = env.id(payment, "currency_id");
        Integer companyCurrency = Accounts.companyCurrency(env, move);
        LocalDate day = env.date(move, "date");
        BigDecimal amountCur = env.dec(payment, "amount");
        if (!inbound) {
            amountCur = amountCur.negate();
        }
        BigDecimal balance = CurrencyRates.convert(env, amountCur, currency, companyCurrency, day);
        List<Rec> old = new ArrayList<>(env.refs(move, "line_ids"));
        for (Rec l : old) {
            env.delete(l);
        }
        String label = (customer ? (inbound ? "Customer Payment" : "Customer Reimbursement")
                : (inbound ? "Vendor Reimbursement" : "Vendor Payment")) + " "
                + Money.format(env, amountCur.abs(), currency)
                + (partner == null ? "" : " - " + env.displayName(partner)) + " - " + day;
        LineFactory.create(env, move, outstanding, balance, amountCur, currency, "product", label, commercial);
        Rec counterpart = LineFactory.create(env, move, destination, balance.negate(), amountCur.negate(), currency,
                Accounts.isReceivableOrPayable(env, env.rec("account.account", destination)) ? "payment_term" : "product",
                label, commercial);
        LineFactory.setMaturity(env, counterpart, day);
        PaymentStates.recomputeAmounts(env, move);
    }

    /** {@code account.payment.action_post()}. */
    public static void post(Env env, List<Rec> payments) {
        for (Rec payment : payments) {
            Rec move = env.ref(payment, "move_id");
            if (env.version().atLeast(18)) {
                String state = env.str(payment, "state");
                if (!"draft".equals(state)) {
                    throw OdooError.userError("Only a draft payment can be posted.");
                }
            }
            if (env.dec(payment, "amount").signum() == 0 && !env.version().atLeast(18)) {
                throw OdooError.userError("The payment amount cannot be zero.");
            }
            Posting.post(env, List.of(move));
            if (env.version().atLeast(18)) {
                env.put(payment, "name", env.str(move, "name"));
                Rec outstanding = env.ref(payment, "outstanding_account_id");
                boolean cash = outstanding != null && "asset_cash".equals(env.str(outstanding, "account_type"));
                env.put(payment, "state", cash ? "paid" : "in_process");
            }
        }
    }

    /** 18+: a payment in process becomes paid once all its invoices are paid or its liquidity is matched. */
    static void promotePaidPayments(Env env, Collection<Rec> moves) {
        Map<Integer, Rec> payments = new LinkedHashMap<>();
        for (Rec move : moves) {
            Rec own = PaymentStates.paymentOf(env, move);
            if (own != null) {
                payments.put(own.id(), own);
            }
            // payments tied to the move through reconciliation; scanning invoice_ids would not scale
            for (Rec line : env.refs(move, "line_ids")) {
                for (Rec other : Partials.counterpartLines(env, line)) {
                    Rec p = PaymentStates.paymentOf(env, env.ref(other, "move_id"));
                    if (p != null) {
                        payments.put(p.id(), p);
                    }
                }
            }
        }
        for (Rec p : payments.values()) {
            if (!"in_process".equals(env.str(p, "state"))) {
                continue;
            }
            List<Rec> invoices = env.refs(p, "invoice_ids");
            boolean allPaid = !invoices.isEmpty();
            for (Rec inv : invoices) {
                allPaid &= "paid".equals(env.str(inv, "payment_state"));
            }
            if (allPaid || Boolean.TRUE.equals(PaymentLinks.isMatched(env, p))) {
                env.put(p, "state", "paid");
            }
        }
    }

    private static CompanyAccounts.Chart chart(Env env, int companyId) {
        return env.db().extension(CompanyAccounts.class, CompanyAccounts::new).chart(companyId);
    }
}
