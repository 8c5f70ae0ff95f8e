package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.schema.StandardSchema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Currency rounding the way {@code res.currency.round} does it (half-up to decimal_places). */
public final class Money {
    private Money() {
    }

    public static BigDecimal round(Env env, BigDecimal amount, Integer currencyId) {
        int places = 2;
        if (currencyId != null) {
            Rec cur = env.rec("res.currency", currencyId);
            if (cur != null) {
                places = StandardSchema.decimalPlaces(env, cur);
            }
        }
        return amount.setScale(places, RoundingMode.HALF_UP);
    }

    public static boolean isZero(Env env, BigDecimal amount, Integer currencyId) {
        return round(env, amount, currencyId).signum() == 0;
    }

    /** "1 250.00 kr" or "$ 1,250.00" depending on the currency's symbol position. */
    public static String format(Env env, BigDecimal amount, Integer currencyId) {
        Rec cur = currencyId == null ? null : env.rec("res.currency", currencyId);
        String number = String.format(java.util.Locale.ROOT, "%,.2f", round(env, amount, currencyId));
        if (cur == null) {
            return number;
        }
        String symbol = env.str(cur, "symbol");
        return "before".equals(env.str(cur, "position")) ? symbol + "\u00a0" + number : number + "\u00a0" + symbol;
    }
}
