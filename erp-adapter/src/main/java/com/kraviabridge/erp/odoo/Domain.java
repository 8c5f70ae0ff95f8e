package com.kraviabridge.erp.odoo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds Odoo search domains: a list of {@code [field, operator, value]} terms, ANDed unless prefixed. */
final class Domain {

    private final List<Object> terms = new ArrayList<>();

    static Domain where(String field, String operator, Object value) {
        return new Domain().and(field, operator, value);
    }

    static List<Object> term(String field, String operator, Object value) {
        return List.of(field, operator, value instanceof Collection<?> c ? List.copyOf(c) : value);
    }

    Domain and(String field, String operator, Object value) {
        terms.add(term(field, operator, value));
        return this;
    }

    Domain and(List<Object> term) {
        terms.add(term);
        return this;
    }

    /** Adds {@code (a OR b)}. */
    Domain andEither(List<Object> a, List<Object> b) {
        terms.add("|");
        terms.add(a);
        terms.add(b);
        return this;
    }

    List<Object> toList() {
        return List.copyOf(terms);
    }
}
