package com.kraviabridge.erp.odoo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One record as read over RPC, with typed access that undoes Odoo's encoding: empty values arrive as
 * {@code false} whatever the field type (docs/odoo-notes.md §3.1), many2one as {@code [id, display_name]}, dates as
 * {@code YYYY-MM-DD} strings.
 */
final class OdooRecord {

    private final Map<String, Object> values;

    OdooRecord(Map<String, Object> values) {
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    static List<OdooRecord> listOf(Object answer) {
        List<OdooRecord> records = new ArrayList<>();
        if (answer instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Map<?, ?> map) {
                    records.add(new OdooRecord((Map<String, Object>) map));
                }
            }
        }
        return records;
    }

    long id() {
        return number(values.get("id"));
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    /** A char/text/selection value; null when empty. */
    String text(String field) {
        Object v = values.get(field);
        if (v instanceof String s) {
            return s.isEmpty() ? null : s;
        }
        return null;
    }

    boolean flag(String field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    BigDecimal decimal(String field) {
        Object v = values.get(field);
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.ZERO;
    }

    LocalDate date(String field) {
        String text = text(field);
        // Datetimes ("YYYY-MM-DD HH:MM:SS") are cut to their date; the bridge only needs days.
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** A many2one's id, 0 when empty; accepts the bare id that {@code load=None} reads give too. */
    long refId(String field) {
        Object v = values.get(field);
        if (v instanceof List<?> pair && !pair.isEmpty()) {
            return number(pair.get(0));
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        return 0;
    }

    /** A many2one's display name, null when empty. */
    String refName(String field) {
        Object v = values.get(field);
        if (v instanceof List<?> pair && pair.size() > 1 && pair.get(1) instanceof String s) {
            return s;
        }
        return null;
    }

    /** A one2many/many2many as its ids. */
    List<Long> ids(String field) {
        Object v = values.get(field);
        List<Long> ids = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof Number n) {
                    ids.add(n.longValue());
                }
            }
        }
        return ids;
    }

    private static long number(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
