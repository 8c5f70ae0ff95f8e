package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Currency rates as Odoo keeps them: units of the currency per unit of the reference currency,
 * latest rate dated on or before the day, 1.0 when none exists.
 */
public final class CurrencyRates {
    private CurrencyRates() {
    }

    public static double rate(Env env, int currencyId, LocalDate day) {
        Rec best = null;
        LocalDate bestDate = null;
        for (Integer id : env.table("res.currency.rate").lookup("currency_id", currencyId)) {
            Rec r = env.rec("res.currency.rate", id);
            LocalDate d = env.date(r, "name");
            if (d != null && !d.isAfter(day) && (bestDate == null || d.isAfter(bestDate))) {
                best = r;
                bestDate = d;
            }
        }
        return best == null ? 1.0 : (Double) env.get(best, "rate");
    }

    /** Converts an amount between currencies at the day's rates, rounded to the target currency. */
    public static BigDecimal convert(Env env, BigDecimal amount, int from, int to, LocalDate day) {
        if (from == to) {
            return Money.round(env, amount, to);
        }
        BigDecimal ratio = BigDecimal.valueOf(rate(env, to, day))
                .divide(BigDecimal.valueOf(rate(env, from, day)), MathContext.DECIMAL64);
        return Money.round(env, amount.multiply(ratio), to);
    }

    static BigDecimal scale(BigDecimal a, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return a.multiply(numerator).divide(denominator, 10, RoundingMode.HALF_UP);
    }
}
