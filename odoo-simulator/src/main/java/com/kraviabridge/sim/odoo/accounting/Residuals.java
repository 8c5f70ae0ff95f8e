package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;

/**
 * {@code _compute_amount_residual}: what is left of a line once its partials are taken off, in
 * company and in line currency; {@code reconciled} when both are zero.
 */
public final class Residuals {
    private Residuals() {
    }

    public static void recompute(Env env, Rec line) {
        Rec account = env.ref(line, "account_id");
        BigDecimal residual = BigDecimal.ZERO;
        BigDecimal residualCurrency = BigDecimal.ZERO;
        boolean reconciled = false;
        if (Accounts.tracksResidual(env, account)) {
            residual = env.dec(line, "balance");
            residualCurrency = env.dec(line, "amount_currency");
            for (Rec p : Partials.asDebit(env, line)) {
                residual = residual.subtract(env.dec(p, "amount"));
                residualCurrency = residualCurrency.subtract(env.dec(p, "debit_amount_currency"));
            }
            for (Rec p : Partials.asCredit(env, line)) {
                residual = residual.add(env.dec(p, "amount"));
                residualCurrency = residualCurrency.add(env.dec(p, "credit_amount_currency"));
            }
            Integer companyCurrency = env.id(line, "company_currency_id");
            Integer lineCurrency = env.id(line, "currency_id");
            residual = Money.round(env, residual, companyCurrency);
            residualCurrency = Money.round(env, residualCurrency, lineCurrency);
            reconciled = residual.signum() == 0 && residualCurrency.signum() == 0;
        }
        env.update(line, "amount_residual", residual);
        env.update(line, "amount_residual_currency", residualCurrency);
        env.update(line, "reconciled", reconciled);
    }
}
