package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are kept in major units with two decimals, as the API shows them. */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
