package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.Invoice;

import java.util.ArrayList;
import java.util.List;

/** Kravia sends letters: street, postal code, city and country are required. */
public final class CompleteAddress implements EligibilityPolicy {

    @Override
    public Verdict assess(Invoice invoice) {
        Address address = invoice.debtor().address();
        List<String> missing = new ArrayList<>();
        if (blank(address.street())) {
            missing.add("street");
        }
        if (blank(address.postalCode())) {
            missing.add("postal code");
        }
        if (blank(address.city())) {
            missing.add("city");
        }
        if (blank(address.countryCode())) {
            missing.add("country");
        }
        if (blank(invoice.debtor().name())) {
            missing.add("name");
        }
        if (missing.isEmpty()) {
            return Verdict.allowed();
        }
        return Verdict.rejected("customer '" + nameOf(invoice) + "' of invoice " + invoice.number() + " has no "
                + String.join(", ", missing) + " (fix the contact in Odoo; it is retried on the next run)");
    }

    static String nameOf(Invoice invoice) {
        String name = invoice.debtor().name();
        return blank(name) ? "#" + invoice.debtor().partnerId() : name;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
