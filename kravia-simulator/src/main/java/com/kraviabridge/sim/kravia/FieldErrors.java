package com.kraviabridge.sim.kravia;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every problem with a request before answering, so a 400 names all the fields at once. */
final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
    }
}
