package com.kraviabridge.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** {@code creditor.<odoo company id>.*}: which Odoo company collects as which Kravia creditor. */
final class CreditorBinder {

    private final SettingReader in;

    CreditorBinder(SettingReader in) {
        this.in = in;
    }

    List<CreditorMapping> creditors() {
        List<CreditorMapping> creditors = new ArrayList<>();
        Set<Long> companies = new HashSet<>();
        for (String key : in.instancesOf(KeyCatalog.CREDITOR_ID)) {
            String placeholder = placeholder(KeyCatalog.CREDITOR_ID, key);
            OptionalLong company = companyId(key, placeholder);
            String given = in.required(key, "the Kravia creditor id for this Odoo company, e.g. 12345");
            OptionalLong creditor = given.isEmpty() ? OptionalLong.empty() : in.optionalId(key, "the Kravia creditor id");
            if (company.isPresent() && !companies.add(company.getAsLong())) {
                in.error(key, "Odoo company " + company.getAsLong() + " is mapped twice");
            } else if (company.isPresent() && creditor.isPresent()) {
                creditors.add(new CreditorMapping(company.getAsLong(), creditor.getAsLong(),
                        in.secret("creditor." + placeholder + ".webhook-secret", false, "")));
            }
        }
        for (String key : in.instancesOf(KeyCatalog.CREDITOR_WEBHOOK_SECRET)) {
            String placeholder = placeholder(KeyCatalog.CREDITOR_WEBHOOK_SECRET, key);
            if (companyId(key, placeholder).isPresent() && !in.isGiven("creditor." + placeholder + ".id")) {
                in.error(key, "creditor." + placeholder + ".id is missing: set the Kravia creditor id of Odoo company "
                        + placeholder + " too");
            }
        }
        if (in.instancesOf(KeyCatalog.CREDITOR_ID).isEmpty()) {
            in.problems().missing(KeyCatalog.CREDITOR_ID, "map at least one Odoo company to its Kravia creditor,"
                    + " e.g. creditor.1.id = 12345 (1 is the Odoo company id, 12345 the Kravia creditor id)");
        }
        return creditors;
    }

    private static String placeholder(String template, String key) {
        return KeyCatalog.get(template).placeholderIn(key).orElseThrow();
    }

    private OptionalLong companyId(String key, String placeholder) {
        try {
            long id = Long.parseLong(placeholder);
            if (id > 0) {
                return OptionalLong.of(id);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        in.error(key, "'" + placeholder + "' is not an Odoo company id; use the company's number (res.company id),"
                + " e.g. creditor.1.id");
        return OptionalLong.empty();
    }
}
