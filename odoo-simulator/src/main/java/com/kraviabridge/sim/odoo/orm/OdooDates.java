package com.kraviabridge.sim.odoo.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Odoo's date/datetime string forms: "YYYY-MM-DD" and "YYYY-MM-DD HH:MM:SS" (UTC, naive). */
public final class OdooDates {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OdooDates() {
    }

    public static String format(LocalDate d) {
        return d.toString();
    }

    /** Microseconds are kept in storage but never sent (docs/odoo-notes.md §3.2). */
    public static String format(LocalDateTime dt) {
        return dt.truncatedTo(ChronoUnit.SECONDS).format(DATETIME);
    }

    /** {@code fields.Date.to_date}: the first ten characters must be a date. */
    public static LocalDate parseDate(String s) {
        String head = s.length() > 10 ? s.substring(0, 10) : s;
        try {
            return LocalDate.parse(head);
        } catch (DateTimeParseException e) {
            throw OdooError.valueError("time data " + PyRepr.repr(head) + " does not match format '%Y-%m-%d'");
        }
    }

    /** {@code fields.Datetime.to_datetime}: a date alone means midnight; fractions are dropped. */
    public static LocalDateTime parseDatetime(String s) {
        if (s.length() <= 10) {
            return parseDate(s).atStartOfDay();
        }
        String head = s.length() > 19 ? s.substring(0, 19) : s;
        try {
            return LocalDateTime.parse(head, DATETIME);
        } catch (DateTimeParseException e) {
            throw OdooError.valueError("time data " + PyRepr.repr(head) + " does not match format '%Y-%m-%d %H:%M:%S'");
        }
    }

    /** How PostgreSQL reads a literal compared with a date column; failures are SQL errors. */
    public static LocalDate sqlDate(Object value, String fieldType) {
        if (value instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        String s = String.valueOf(value).trim();
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new OdooError(PyException.INVALID_DATETIME_FORMAT,
                    "invalid input syntax for type " + fieldType + ": \"" + s + "\"\n");
        }
    }

    public static LocalDateTime sqlDatetime(Object value) {
        if (value instanceof LocalDateTime dt) {
            return dt;
        }
        String s = String.valueOf(value).trim();
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            String norm = s.replace('T', ' ');
            int dot = norm.indexOf('.');
            LocalDateTime base = LocalDateTime.parse(dot < 0 ? norm : norm.substring(0, dot), DATETIME);
            if (dot >= 0) {
                String frac = (norm.substring(dot + 1) + "000000").substring(0, 6);
                base = base.plusNanos(Long.parseLong(frac) * 1000);
            }
            return base;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new OdooError(PyException.INVALID_DATETIME_FORMAT,
                    "invalid input syntax for type timestamp: \"" + s + "\"\n");
        }
    }
}
