package com.kraviabridge.sim.kravia;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Typed query parameters (names in any case), with problems collected like body fields. */
final class QueryReader {

    private final ApiRequest request;
    private final FieldErrors errors;

    QueryReader(ApiRequest request, FieldErrors errors) {
        this.request = request;
        this.errors = errors;
    }

    private String value(String name) {
        String value = request.param(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code true}/{@code True}/{@code false}, as .NET binds booleans. */
    boolean flag(String name, boolean absent) {
        String value = value(name);
        if (value == null) {
            return absent;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        errors.add(name, "The value '" + value + "' is not valid for " + name + ".");
        return absent;
    }

    int integer(String name, int absent, int min) {
        String value = value(name);
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min) {
                return number;
            }
            errors.add(name, "The " + name + " must be at least " + min + ".");
        } catch (NumberFormatException e) {
            errors.add(name, "The value '" + value + "' is not valid for " + name + ".");
        }
        return absent;
    }

    Long id(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(name, "The value '" + value + "' is not valid for " + name + ".");
            return null;
        }
    }

    LocalDateTime timestamp(String name) {
        String value = value(name);
        if (value == null) {
            return null;
        }
        try {
            return WireTime.parseTimestamp(value);
        } catch (DateTimeParseException e) {
            errors.add(name, "The value '" + value + "' is not a valid date-time for " + name + ".");
            return null;
        }
    }

    String text(String name) {
        return value(name);
    }
}
