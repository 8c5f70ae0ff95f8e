package com.kraviabridge.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** {@code creditor.<odoo company id>.*}: which Odoo company collects as which Kravia creditor. */
final class CreditorBinder {

    private final SettingReader in;
    private final PayoutConfig commonPayouts;

    CreditorBinder(SettingReader in, PayoutConfig commonPayouts) {
        this.in = in;
        this.commonPayouts = commonPayouts;
    }

    List<CreditorConfig> creditors() {
        List<CreditorConfig> creditors = new ArrayList<>();
        Set<Long> companies = new HashSet<>();
        Map<Long, String> keyOfCreditor = new HashMap<>();
        for (String key : in.instancesOf(KeyCatalog.CREDITOR_ID)) {
            String placeholder = placeholder(KeyCatalog.CREDITOR_ID, key);
            OptionalLong company = companyId(key, placeholder);
            String given = in.required(key, "the Kravia creditor id for this Odoo company, e.g. 12345");
            OptionalLong creditor = given.isEmpty() ? OptionalLong.empty() : in.optionalId(key, "the Kravia creditor id");
            if (company.isPresent() && !companies.add(company.getAsLong())) {
                in.error(key, "Odoo company " + company.getAsLong() + " is mapped twice");
            } else if (creditor.isPresent() && keyOfCreditor.containsKey(creditor.getAsLong())) {
                sharedCreditor(key, keyOfCreditor.get(creditor.getAsLong()), creditor.getAsLong());
            } else if (company.isPresent() && creditor.isPresent()) {
                keyOfCreditor.put(creditor.getAsLong(), key);
                creditors.add(new CreditorConfig(company.getAsLong(), creditor.getAsLong(),
                        in.secret("creditor." + placeholder + ".webhook-secret", false, ""),
                        new PayoutBinder(in).bind("creditor." + placeholder + ".", commonPayouts)));
            }
        }
        for (String key : companyKeys()) {
            String placeholder = KeyCatalog.find(key).flatMap(k -> k.placeholderIn(key)).orElseThrow();
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

    /** The keys of one company besides its id, which mean nothing without it. */
    private List<String> companyKeys() {
        List<String> keys = new ArrayList<>(in.instancesOf(KeyCatalog.CREDITOR_WEBHOOK_SECRET));
        PayoutBinder.KEYS.forEach(k -> keys.addAll(in.instancesOf("creditor.<odoo company id>." + k)));
        return keys;
    }

    /**
     * Two companies under one creditor would share one set of Kravia cases: their invoice numbers collide there,
     * and a settlement covering both matches an invoice of neither company's books.
     */
    private void sharedCreditor(String key, String earlierKey, long creditor) {
        in.error(key, "Kravia creditor " + creditor + " is already the creditor of Odoo company "
                + placeholder(KeyCatalog.CREDITOR_ID, earlierKey) + " (" + earlierKey + ", " + in.where(earlierKey)
                + "); Odoo company " + placeholder(KeyCatalog.CREDITOR_ID, key) + " needs a Kravia creditor of its own"
                + " (each company is onboarded in Kravia separately)");
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
