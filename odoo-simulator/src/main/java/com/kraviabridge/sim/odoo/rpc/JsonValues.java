package com.kraviabridge.sim.odoo.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.sim.odoo.orm.OdooDates;
import com.kraviabridge.sim.odoo.orm.RecordsetValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between Jackson trees and plain wire values. Only the tree model is used, so no
 * request content ever selects a Java type.
 */
final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    static Object toWire(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToInt() ? (Object) n.intValue() : (Object) n.longValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>(n.size());
            n.forEach(e -> out.add(toWire(e)));
            return out;
        }
        if (n.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), toWire(e.getValue()));
            }
            return out;
        }
        return n.asText();
    }

    /** Python's json with Odoo's json_default: dates as strings, anything else via str(). */
    static JsonNode toJson(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof BigDecimal d) {
            return NODES.numberNode(d.doubleValue());
        }
        if (v instanceof String s) {
            return NODES.textNode(s);
        }
        if (v instanceof LocalDateTime dt) {
            return NODES.textNode(OdooDates.format(dt));
        }
        if (v instanceof LocalDate d) {
            return NODES.textNode(OdooDates.format(d));
        }
        if (v instanceof RecordsetValue rs) {
            return NODES.textNode(rs.pythonRepr());
        }
        if (v instanceof List<?> list) {
            ArrayNode arr = NODES.arrayNode();
            list.forEach(o -> arr.add(toJson(o)));
            return arr;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode obj = NODES.objectNode();
            map.forEach((k, o) -> obj.set(String.valueOf(k), toJson(o)));
            return obj;
        }
        return NODES.textNode(String.valueOf(v));
    }
}
