package com.kraviabridge.sim.odoo.orm;

import java.math.BigDecimal;

/** Python's shortest round-trip float text, which both marshallers emit for doubles. */
public final class PyFloat {
    private PyFloat() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(d);
        if (abs != 0 && (abs >= 1e16 || abs < 1e-4)) {
            // Python switches to exponent notation outside this window; Java's digits are the same.
            String s = Double.toString(d).replace("E", "e");
            int e = s.indexOf('e');
            String mantissa = s.substring(0, e);
            String exponent = s.substring(e + 1);
            if (mantissa.endsWith(".0")) {
                mantissa = mantissa.substring(0, mantissa.length() - 2);
            }
            int exp = Integer.parseInt(exponent);
            return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        String plain = BigDecimal.valueOf(d).toPlainString();
        if (plain.indexOf('.') < 0) {
            return plain + ".0";
        }
        return plain;
    }
}
