package com.kraviabridge.erp.odoo.rpc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between the transport-neutral values of {@link OdooTransport} and what Apache XML-RPC sends and
 * receives. Odoo's marshaller understands only plain XML-RPC: ints must be {@code i4} (Odoo ids are int4
 * anyway, docs/odoo-notes.md §1.2), there is no {@code nil} (Odoo's "empty" is {@code false}), and amounts travel as
 * doubles.
 */
final class XmlRpcValues {

    private XmlRpcValues() {
    }

    static Object[] toWire(List<?> args) {
        Object[] params = new Object[args.size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = toWire(args.get(i));
        }
        return params;
    }

    static Object toWire(Object value) {
        if (value == null) {
            return Boolean.FALSE;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("XML-RPC cannot carry " + number + ": Odoo reads only 32-bit ints");
            }
            return (int) number;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> struct = new HashMap<>();
            map.forEach((k, v) -> struct.put(String.valueOf(k), toWire(v)));
            return struct;
        }
        if (value instanceof Collection<?> list) {
            Object[] array = new Object[list.size()];
            int i = 0;
            for (Object element : list) {
                array[i++] = toWire(element);
            }
            return array;
        }
        if (value instanceof Object[] array) {
            return toWire(List.of(array));
        }
        return value;
    }

    static Object fromWire(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Double d) {
            // valueOf goes through the shortest decimal representation, so 1234.5 stays 1234.5.
            return BigDecimal.valueOf(d);
        }
        if (value instanceof Object[] array) {
            List<Object> list = new ArrayList<>(array.length);
            for (Object element : array) {
                list.add(fromWire(element));
            }
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), fromWire(v)));
            return result;
        }
        return value;
    }
}
