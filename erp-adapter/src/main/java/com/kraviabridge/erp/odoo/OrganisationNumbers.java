package com.kraviabridge.erp.odoo;

import java.util.Locale;

/**
 * A partner's organisation number as Kravia wants it: the company registry when set, else the VAT number
 * without its country prefix ({@code NO}) and the Norwegian {@code MVA} suffix, e.g.
 * {@code NO 923 609 016 MVA} becomes {@code 923609016}.
 */
final class OrganisationNumbers {

    private OrganisationNumbers() {
    }

    static String of(String companyRegistry, String vat) {
        String registry = compact(companyRegistry);
        if (registry != null) {
            return registry;
        }
        return fromVat(vat);
    }

    static String fromVat(String vat) {
        String v = compact(vat);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase(Locale.ROOT);
        if (upper.endsWith("MVA")) {
            v = v.substring(0, v.length() - 3);
            upper = upper.substring(0, upper.length() - 3);
        }
        if (upper.length() > 2 && Character.isLetter(upper.charAt(0)) && Character.isLetter(upper.charAt(1))
                && Character.isDigit(upper.charAt(2))) {
            v = v.substring(2);
        }
        return v.isEmpty() ? null : v;
    }

    private static String compact(String value) {
        if (value == null) {
            return null;
        }
        String c = value.replaceAll("[\\s.\\-]", "");
        return c.isEmpty() ? null : c;
    }
}
