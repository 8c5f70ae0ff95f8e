package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;

/** Shape checks for amounts in major units: the sign, and no more than two decimals. */
final class Amounts {

    private Amounts() {
    }

    static void requirePositive(String field, BigDecimal amount, FieldErrors errors) {
        if (amount.signum() <= 0) {
            errors.add(field, "The " + leaf(field) + " must be greater than zero.");
        }
        requireCents(field, amount, errors);
    }

    static void requireNegative(String field, BigDecimal amount, FieldErrors errors) {
        if (amount.signum() >= 0) {
            errors.add(field, "The " + leaf(field) + " of a credit note must be negative.");
        }
        requireCents(field, amount, errors);
    }

    private static void requireCents(String field, BigDecimal amount, FieldErrors errors) {
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(field, "The " + leaf(field) + " has more than two decimals.");
        }
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
