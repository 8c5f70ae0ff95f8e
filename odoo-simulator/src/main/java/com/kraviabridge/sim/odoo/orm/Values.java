package com.kraviabridge.sim.odoo.orm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Conversions between wire values (what XML-RPC/JSON-RPC carry: Integer/Long, Double, Boolean,
 * String, List, Map, byte[], LocalDateTime, null) and the internal values of {@link FieldDef}.
 */
public final class Values {
    private Values() {
    }

    /** Python truthiness. */
    public static boolean truthy(Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return false;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** False and None both mean "no value" on the wire. */
    public static boolean unset(Object v) {
        return v == null || Boolean.FALSE.equals(v);
    }

    public static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long;
    }

    /**
     * A client's number where it meets an {@code integer} column (ids, many2one and integer fields): Python's
     * int() would take any size, but PostgreSQL refuses what lies outside its 32-bit {@code integer} range.
     */
    public static int sqlInteger(Object v) {
        return pyInt(withinIntegerRange(v));
    }

    /** The value itself, unless it is a whole number PostgreSQL's {@code integer} cannot hold. */
    public static Object withinIntegerRange(Object v) {
        if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            BigDecimal exact = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
            if (exact.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                    || exact.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw OdooError.integerOutOfRange();
            }
        }
        return v;
    }

    /** Python's int() on ids coming from clients: bools count, digit strings parse. */
    public static int pyInt(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                throw OdooError.valueError("invalid literal for int() with base 10: " + PyRepr.repr(s));
            }
        }
        throw OdooError.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + pyTypeName(v) + "'");
    }

    public static String pyTypeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer || v instanceof Long) {
            return "int";
        }
        if (v instanceof Double || v instanceof BigDecimal) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Map) {
            return "dict";
        }
        if (v instanceof byte[]) {
            return "bytes";
        }
        if (v instanceof LocalDateTime) {
            return "datetime.datetime";
        }
        return v.getClass().getSimpleName();
    }

    /** A list of ints from a wire value; anything else yields an empty list. */
    public static List<Integer> intList(Object v) {
        List<Integer> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (isInt(o)) {
                    out.add(((Number) o).intValue());
                }
            }
        } else if (isInt(v)) {
            out.add(((Number) v).intValue());
        }
        return out;
    }

    public static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw OdooError.valueError("could not convert string to float: " + PyRepr.repr(s));
            }
        }
        if (v == null) {
            return BigDecimal.ZERO;
        }
        throw OdooError.typeError("float() argument must be a string or a real number, not '" + pyTypeName(v) + "'");
    }

    /**
     * Converts a create/write value of a scalar or many2one field to its internal form, with
     * the errors the matching {@code convert_to_cache} would raise.
     */
    public static Object toInternal(Env env, ModelDef model, FieldDef f, Object v) {
        switch (f.type) {
            case CHAR, TEXT, HTML -> {
                if (unset(v)) {
                    return null;
                }
                if (v instanceof byte[] b) {
                    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
                }
                if (v instanceof Boolean b) {
                    return b ? "True" : "False";
                }
                return v instanceof Double d ? PyFloat.repr(d) : String.valueOf(v);
            }
            case SELECTION -> {
                if (unset(v)) {
                    return null;
                }
                String key = String.valueOf(v);
                if (!f.selection.isEmpty() && !f.hasSelectionKey(key)) {
                    throw OdooError.valueError("Wrong value for " + model.name + "." + f.name + ": " + PyRepr.repr(v));
                }
                return key;
            }
            case INTEGER -> {
                return unset(v) ? 0 : pyInt(v);
            }
            case FLOAT -> {
                return unset(v) ? 0.0 : decimal(v).doubleValue();
            }
            case MONETARY -> {
                return unset(v) ? BigDecimal.ZERO : decimal(v);
            }
            case BOOLEAN -> {
                return truthy(v);
            }
            case DATE -> {
                if (unset(v)) {
                    return null;
                }
                if (v instanceof LocalDateTime dt) {
                    return dt.toLocalDate();
                }
                if (v instanceof String s) {
                    return OdooDates.parseDate(s);
                }
                throw OdooError.typeError("strptime() argument 1 must be str, not " + pyTypeName(v));
            }
            case DATETIME -> {
                if (unset(v)) {
                    return null;
                }
                if (v instanceof LocalDateTime dt) {
                    return dt;
                }
                if (v instanceof String s) {
                    return OdooDates.parseDatetime(s);
                }
                throw OdooError.typeError("strptime() argument 1 must be str, not " + pyTypeName(v));
            }
            case BINARY -> {
                if (unset(v)) {
                    return null;
                }
                if (v instanceof byte[] b) {
                    return Base64.getEncoder().encodeToString(b);
                }
                return String.valueOf(v);
            }
            case MANY2ONE -> {
                if (unset(v)) {
                    return null;
                }
                if (!isInt(v)) {
                    throw OdooError.valueError("Wrong value for " + model.name + "." + f.name + ": " + PyRepr.repr(v));
                }
                int id = ((Number) v).intValue();
                if (env.rec(f.relation, id) == null) {
                    throw Constraints.foreignKeyViolation(model, f);
                }
                return id;
            }
            default -> throw new IllegalArgumentException("x2many values go through commands: " + f);
        }
    }

    /** The value read() returns for a field; the empty value of most types is False (docs/odoo-notes.md §3.1). */
    public static Object toWire(Env env, FieldDef f, Object v, boolean classicRead) {
        switch (f.type) {
            case INTEGER -> {
                return v == null ? 0 : v;
            }
            case FLOAT -> {
                return v == null ? 0.0 : v;
            }
            case MONETARY -> {
                return v == null ? 0.0 : ((BigDecimal) v).doubleValue();
            }
            case BOOLEAN -> {
                return Boolean.TRUE.equals(v);
            }
            case DATE -> {
                return v == null ? Boolean.FALSE : OdooDates.format((LocalDate) v);
            }
            case DATETIME -> {
                return v == null ? Boolean.FALSE : OdooDates.format((LocalDateTime) v);
            }
            case MANY2ONE -> {
                if (v == null) {
                    return Boolean.FALSE;
                }
                Integer id = (Integer) v;
                if (!classicRead) {
                    return id;
                }
                Rec target = env.rec(f.relation, id);
                String name = target == null ? null : env.sudo().displayName(target);
                List<Object> pair = new ArrayList<>(2);
                pair.add(id);
                pair.add(name == null ? Boolean.FALSE : name);
                return pair;
            }
            case ONE2MANY, MANY2MANY -> {
                return v == null ? new ArrayList<>() : new ArrayList<>((List<?>) v);
            }
            default -> {
                return v == null ? Boolean.FALSE : v;
            }
        }
    }
}
