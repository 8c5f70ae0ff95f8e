package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.RecordsetValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code account.move.line.reconcile()}: refuses lines Odoo refuses, then pairs open debits
 * with open credits (oldest maturity first) into partials of min(residuals). Exchange
 * differences are not booked: a rate gap is simply left open.
 */
public final class Reconciler {
    private Reconciler() {
    }

    /** Partials created, and the full reconcile if the group closed. */
    public record Outcome(List<Integer> partialIds, Integer fullReconcileId) {
        /** What reconcile() returns: 16 a dict of recordsets, 17+ None. */
        public Object returnValue(Env env) {
            if (env.version().atLeast(17)) {
                return null;
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("exchange_partials", new RecordsetValue("account.partial.reconcile", List.of()));
            result.put("partials", new RecordsetValue("account.partial.reconcile", partialIds));
            result.put("full_reconcile", new RecordsetValue("account.full.reconcile",
                    fullReconcileId == null ? List.of() : List.of(fullReconcileId)));
            result.put("tax_cash_basis_moves", new RecordsetValue("account.move", List.of()));
            return result;
        }
    }

    public static Outcome reconcile(Env env, List<Rec> lines) {
        if (lines.isEmpty()) {
            return new Outcome(List.of(), null);
        }
        check(env, lines);
        List<Rec> debits = new ArrayList<>();
        List<Rec> credits = new ArrayList<>();
        for (Rec l : lines) {
            BigDecimal residual = env.dec(l, "amount_residual");
            BigDecimal residualCur = env.dec(l, "amount_residual_currency");
            if (residual.signum() > 0 || residual.signum() == 0 && residualCur.signum() > 0) {
                debits.add(l);
            } else if (residual.signum() < 0 || residualCur.signum() < 0) {
                credits.add(l);
            }
        }
        Comparator<Rec> byMaturity = Comparator.comparing((Rec l) -> maturity(env, l)).thenComparing(Rec::id);
        debits.sort(byMaturity);
        credits.sort(byMaturity);
        List<Integer> partialIds = new ArrayList<>();
        int d = 0;
        int c = 0;
        while (d < debits.size() && c < credits.size()) {
            Rec debit = debits.get(d);
            Rec credit = credits.get(c);
            Rec partial = match(env, debit, credit);
            if (partial != null) {
                partialIds.add(partial.id());
            }
            if (!open(env, debit)) {
                d++;
            }
            if (!open(env, credit)) {
                c++;
            }
            if (partial == null && open(env, debit) && open(env, credit)) {
                break;
            }
        }
        Integer full = env.id(lines.get(0), "full_reconcile_id");
        return new Outcome(partialIds, full);
    }

    private static void check(Env env, List<Rec> lines) {
        boolean v17 = env.version().atLeast(17);
        Rec company = null;
        Rec account = null;
        Set<String> accountNames = new LinkedHashSet<>();
        Set<String> companyNames = new LinkedHashSet<>();
        for (Rec l : lines) {
            if (env.bool(l, "reconciled")) {
                throw OdooError.userError("You are trying to reconcile some entries that are already reconciled.");
            }
            Rec acc = env.ref(l, "account_id");
            String type = env.str(acc, "account_type");
            if (!env.bool(acc, "reconcile") && !"asset_cash".equals(type) && !"liability_credit_card".equals(type)) {
                throw OdooError.userError("Account " + env.displayName(acc) + " does not allow reconciliation. First"
                        + " change the configuration of this account to allow it.");
            }
            if (!"posted".equals(env.str(l, "parent_state"))) {
                throw OdooError.userError("You can only reconcile posted entries.");
            }
            Rec co = env.ref(l, "company_id");
            companyNames.add(env.displayName(co));
            accountNames.add(env.displayName(acc));
            if (company == null) {
                company = co;
            } else if (!company.equals(co)) {
                throw OdooError.userError(v17 ? "Entries don't belong to the same company: " + String.join(", ", companyNames)
                        : "Entries doesn't belong to the same company: " + env.displayName(company) + " != "
                        + env.displayName(co));
            }
            if (account == null) {
                account = acc;
            } else if (!account.equals(acc)) {
                throw OdooError.userError(v17 ? "Entries are not from the same account: " + String.join(", ", accountNames)
                        : "Entries are not from the same account: " + env.displayName(account) + " != "
                        + env.displayName(acc));
            }
        }
    }

    private static LocalDate maturity(Env env, Rec line) {
        LocalDate m = env.date(line, "date_maturity");
        return m != null ? m : env.date(line, "date");
    }

    private static boolean open(Env env, Rec line) {
        return env.dec(line, "amount_residual").signum() != 0 || env.dec(line, "amount_residual_currency").signum() != 0;
    }

    private static Rec match(Env env, Rec debit, Rec credit) {
        BigDecimal debitRes = env.dec(debit, "amount_residual");
        BigDecimal creditRes = env.dec(credit, "amount_residual").negate();
        BigDecimal debitResCur = env.dec(debit, "amount_residual_currency");
        BigDecimal creditResCur = env.dec(credit, "amount_residual_currency").negate();
        BigDecimal amount = debitRes.min(creditRes).max(BigDecimal.ZERO);
        BigDecimal debitAmountCur;
        BigDecimal creditAmountCur;
        if (env.id(debit, "currency_id").equals(env.id(credit, "currency_id"))) {
            BigDecimal cur = debitResCur.min(creditResCur).max(BigDecimal.ZERO);
            debitAmountCur = cur;
            creditAmountCur = cur;
        } else {
            debitAmountCur = CurrencyRates.scale(debitResCur, amount, debitRes);
            creditAmountCur = CurrencyRates.scale(creditResCur, amount, creditRes);
            debitAmountCur = Money.round(env, debitAmountCur, env.id(debit, "currency_id"));
            creditAmountCur = Money.round(env, creditAmountCur, env.id(credit, "currency_id"));
        }
        if (amount.signum() == 0 && debitAmountCur.signum() == 0 && creditAmountCur.signum() == 0) {
            return null;
        }
        LocalDate dd = env.date(debit, "date");
        LocalDate cd = env.date(credit, "date");
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("debit_move_id", debit.id());
        vals.put("credit_move_id", credit.id());
        vals.put("amount", amount);
        vals.put("debit_amount_currency", debitAmountCur);
        vals.put("credit_amount_currency", creditAmountCur);
        vals.put("max_date", (dd.isAfter(cd) ? dd : cd).toString());
        return Orm.createOne(env.sudo(), env.model("account.partial.reconcile"), vals);
    }

    /** {@code remove_move_reconcile()}: deletes every partial of the lines. */
    public static void unreconcile(Env env, List<Rec> lines) {
        Set<Rec> partials = new LinkedHashSet<>();
        for (Rec l : lines) {
            partials.addAll(Partials.of(env, l));
        }
        Orm.unlinkRecords(env.sudo(), env.model("account.partial.reconcile"), new ArrayList<>(partials));
    }
}
