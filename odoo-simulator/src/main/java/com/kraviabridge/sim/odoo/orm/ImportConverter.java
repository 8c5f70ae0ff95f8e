package com.kraviabridge.sim.odoo.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * {@code ir.fields.converter} from strings, as {@code load} uses it: a falsy value empties the field (False),
 * text passes as given, numbers, booleans, selections and dates are parsed. A value that does not parse is a
 * {@link Problem} for the load's messages, not a fault; a value of the wrong Python type (a number where the
 * converter calls {@code value.lower()}) still crashes the call, as it does in Odoo.
 */
final class ImportConverter {
    private static final Set<String> TRUES = Set.of("1", "true", "yes");
    private static final Set<String> FALSES = Set.of("", "0", "false", "no");
    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?((\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+)?|inf(inity)?|nan)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PY_INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

    private ImportConverter() {
    }

    /**
     * What the converter's ValueError carries: the message, whose {@code %(field)s} the load fills with the field's
     * label, and the extra info merged into the message dict.
     */
    record Problem(UnaryOperator<String> text, Map<String, Object> info) {
    }

    /** The value to write, and a problem to report about it (an unknown boolean word is both True and an error). */
    record Converted(Object value, Problem problem) {
    }

    static Converted convert(Env env, FieldDef f, Object value) {
        if (!Values.truthy(value)) {
            return new Converted(false, null);
        }
        return switch (f.type) {
            case CHAR, TEXT, HTML, BINARY -> new Converted(value, null);
            case INTEGER -> integer(value);
            case FLOAT, MONETARY -> number(value);
            case BOOLEAN -> bool(value);
            case SELECTION -> selection(f, value);
            case DATE -> date(value);
            case DATETIME -> datetime(env, value);
            default -> throw new IllegalArgumentException("relational columns are refused before conversion: " + f);
        };
    }

    private static Converted integer(Object value) {
        if (value instanceof String s) {
            String t = s.strip();
            if (PY_INT.matcher(t).matches()) {
                try {
                    return new Converted(Integer.parseInt(t.replace("_", "")), null);
                } catch (NumberFormatException tooBig) {
                    // Python's int() takes it; the int4 column would not: reported like any bad integer.
                }
            }
            return problem(s, "' does not seem to be an integer for field '", null);
        }
        if (value instanceof Number n) {
            return new Converted(n.intValue(), null);
        }
        if (value instanceof Boolean) {
            return new Converted(1, null);
        }
        throw OdooError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Values.pyTypeName(value) + "'");
    }

    private static Converted number(Object value) {
        if (value instanceof String s) {
            String t = s.strip();
            if (PY_FLOAT.matcher(t).matches()) {
                String lower = t.toLowerCase(java.util.Locale.ROOT);
                double d = lower.contains("nan") ? Double.NaN
                        : lower.contains("inf") ? (lower.startsWith("-") ? Double.NEGATIVE_INFINITY
                        : Double.POSITIVE_INFINITY) : Double.parseDouble(t.replace("_", ""));
                return new Converted(d, null);
            }
            return problem(s, "' does not seem to be a number for field '", null);
        }
        if (value instanceof Number n) {
            return new Converted(n.doubleValue(), null);
        }
        if (value instanceof Boolean) {
            return new Converted(1.0, null);
        }
        throw OdooError.typeError("float() argument must be a string or a real number, not '"
                + Values.pyTypeName(value) + "'");
    }

    private static Converted bool(Object value) {
        String lower = lower(value);
        if (TRUES.contains(lower)) {
            return new Converted(true, null);
        }
        if (FALSES.contains(lower)) {
            return new Converted(false, null);
        }
        Converted unknown = problem((String) value, "' for boolean field '",
                Map.of("moreinfo", "Use '1' for yes and '0' for no"));
        return new Converted(true, new Problem(label -> "Unknown value " + unknown.problem().text().apply(label),
                unknown.problem().info()));
    }

    private static Converted selection(FieldDef f, Object value) {
        String lower = lower(value);
        for (Map.Entry<String, String> item : f.selection) {
            String label = item.getValue() == null ? "" : item.getValue();
            if (lower.equals(item.getKey().toLowerCase(java.util.Locale.ROOT))
                    || lower.equals(label.toLowerCase(java.util.Locale.ROOT))) {
                return new Converted(item.getKey(), null);
            }
        }
        List<Object> labels = new ArrayList<>();
        for (Map.Entry<String, String> item : f.selection) {
            String label = item.getValue();
            if (label != null && !label.isEmpty() || !item.getKey().isEmpty()) {
                labels.add(label != null && !label.isEmpty() ? label : item.getKey());
            }
        }
        Converted missing = problem((String) value, "' not found in selection field '", Map.of("moreinfo", labels));
        return new Converted(null, new Problem(label -> "Value " + missing.problem().text().apply(label),
                missing.problem().info()));
    }

    private static Converted date(Object value) {
        if (value instanceof LocalDateTime dt) {
            return new Converted(OdooDates.format(dt.toLocalDate()), null);
        }
        if (!(value instanceof String s)) {
            throw OdooError.typeError("'" + Values.pyTypeName(value) + "' object is not subscriptable");
        }
        try {
            LocalDate d = OdooDates.parseDate(s);
            return new Converted(OdooDates.format(d), null);
        } catch (OdooError e) {
            return problem(s, "' does not seem to be a valid date for field '",
                    Map.of("moreinfo", "Use the format '2012-12-31'"));
        }
    }

    /** The naive datetime is read in the context's or the user's time zone and written in UTC. */
    private static Converted datetime(Env env, Object value) {
        LocalDateTime parsed;
        if (value instanceof LocalDateTime dt) {
            parsed = dt;
        } else if (value instanceof String s) {
            try {
                parsed = OdooDates.parseDatetime(s);
            } catch (OdooError e) {
                return problem(s, "' does not seem to be a valid datetime for field '",
                        Map.of("moreinfo", "Use the format '2012-12-31 23:59:59'"));
            }
        } else {
            throw OdooError.typeError("'" + Values.pyTypeName(value) + "' object is not subscriptable");
        }
        // pytz's localize(is_dst=False) takes standard time for an hour that happens twice.
        LocalDateTime utc = ZonedDateTime.ofLocal(parsed, inputZone(env), null).withLaterOffsetAtOverlap()
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return new Converted(OdooDates.format(utc), null);
    }

    private static ZoneId inputZone(Env env) {
        for (Object candidate : new Object[] {env.context().get("tz"), userZone(env)}) {
            if (candidate instanceof String name && !name.isEmpty()) {
                try {
                    return ZoneId.of(name);
                } catch (java.time.DateTimeException unknown) {
                    // pytz.UnknownTimeZoneError: the next source is tried
                }
            }
        }
        return ZoneOffset.UTC;
    }

    private static Object userZone(Env env) {
        Rec user = env.rec("res.users", env.uid());
        return user == null || !user.model().hasField("tz") ? null : env.sudo().str(user, "tz");
    }

    /** {@code value.lower()}: only strings have it. */
    private static String lower(Object value) {
        if (value instanceof String s) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        throw OdooError.attributeError("'" + Values.pyTypeName(value) + "' object has no attribute 'lower'");
    }

    /** "'VALUE' <middle> 'LABEL'": the value as given, the field's label where Odoo puts {@code %(field)s}. */
    private static Converted problem(String value, String middle, Map<String, Object> info) {
        Map<String, Object> extra = info == null ? new LinkedHashMap<>() : new LinkedHashMap<>(info);
        return new Converted(null, new Problem(label -> "'" + value + middle + label + "'", extra));
    }
}
