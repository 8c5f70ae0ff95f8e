package com.kraviabridge.core.write;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one text a payload is fingerprinted by, the same in every process: a record's fields by name in sorted order,
 * a set's members and a map's keys sorted, decimals written plainly ({@code 1200.50}, never {@code 1.2005E+3}),
 * dates in ISO form. A record's own {@code toString} will not do: a set built by {@code Set.copyOf} iterates in an
 * order that changes from one JVM to the next, so the same payload would look changed to the next process.
 *
 * <p>The shape is JSON-like ({@code {"name":"value"}}) so that an administrator can read a stored payload; it is not
 * meant to be parsed.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    /** The canonical text of a value: a record, a collection, a map, or a plain value. */
    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            quote(value instanceof Enum<?> e ? e.name() : value.toString(), out);
        } else if (value instanceof Record record) {
            writeRecord(record, out);
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(of(k), v));
            writeMembers(sorted, out);
        } else if (value instanceof Set<?> set) {
            List<String> members = new ArrayList<>(set.size());
            set.forEach(member -> members.add(of(member)));
            members.sort(null);
            out.append('[').append(String.join(",", members)).append(']');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object member : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(member, out);
            }
            out.append(']');
        } else {
            // A type of the domain without a canonical form would make fingerprints depend on its toString.
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    private static void writeRecord(Record record, StringBuilder out) {
        Map<String, Object> fields = new TreeMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                fields.put(of(component.getName()), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of "
                        + record.getClass().getSimpleName(), e);
            }
        }
        writeMembers(fields, out);
    }

    /** Members whose keys are already in canonical (quoted) form, in sorted order. */
    private static void writeMembers(Map<String, Object> sorted, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(member.getKey()).append(':');
            write(member.getValue(), out);
        }
        out.append('}');
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
