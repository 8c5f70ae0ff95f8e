package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes journal items directly, for lines Odoo itself generates (tax and payment-term lines of
 * invoices, payment entries); user-supplied lines go through the ORM and its hooks instead.
 */
final class LineFactory {
    private LineFactory() {
    }

    static Rec create(Env env, Rec move, int accountId, BigDecimal balance, BigDecimal amountCurrency,
                      Integer currencyId, String displayType, String name, Integer partnerId) {
        Rec line = env.insert("account.move.line");
        env.put(line, "move_id", move.id());
        env.put(line, "account_id", accountId);
        env.put(line, "currency_id", currencyId);
        env.put(line, "display_type", displayType);
        env.put(line, "name", name);
        env.put(line, "partner_id", partnerId);
        setAmounts(env, line, balance, amountCurrency);
        return line;
    }

    /** balance, debit/credit and amount_currency together, then the residual they imply. */
    static void setAmounts(Env env, Rec line, BigDecimal balance, BigDecimal amountCurrency) {
        env.update(line, "balance", balance);
        env.update(line, "debit", balance.signum() > 0 ? balance : BigDecimal.ZERO);
        env.update(line, "credit", balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO);
        env.update(line, "amount_currency", amountCurrency);
        Residuals.recompute(env, line);
    }

    static void setMaturity(Env env, Rec line, LocalDate date) {
        env.update(line, "date_maturity", date);
    }

    static void setTaxes(Env env, Rec line, List<Integer> taxIds) {
        env.update(line, "tax_ids", List.copyOf(taxIds));
    }
}
