package com.kraviabridge.sim.odoo.rpc;

import com.kraviabridge.sim.odoo.orm.OdooDates;
import com.kraviabridge.sim.odoo.orm.PyFloat;
import com.kraviabridge.sim.odoo.orm.RecordsetValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Odoo's {@code OdooMarshaller} with {@code allow_none=False}: None, recordsets and ints beyond
 * 32 bits cannot be sent; dates go out as strings, control characters are stripped. The layout
 * follows Python's {@code xmlrpc.client.dumps}.
 */
final class XmlRpcWriter {
    private XmlRpcWriter() {
    }

    static String response(Object result) {
        StringBuilder out = new StringBuilder("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n");
        value(out, result);
        out.append("</param>\n</params>\n</methodResponse>\n");
        return out.toString();
    }

    static String fault(Object code, String message) {
        StringBuilder out = new StringBuilder("<?xml version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n");
        out.append("<member>\n<name>faultCode</name>\n");
        value(out, code);
        out.append("</member>\n<member>\n<name>faultString</name>\n");
        value(out, message);
        out.append("</member>\n</struct></value>\n</fault>\n</methodResponse>\n");
        return out.toString();
    }

    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            throw MarshalError.none();
        }
        if (v instanceof Boolean b) {
            out.append("<value><boolean>").append(b ? 1 : 0).append("</boolean></value>\n");
        } else if (v instanceof Integer || v instanceof Long) {
            long l = ((Number) v).longValue();
            if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
                throw MarshalError.intOverflow();
            }
            out.append("<value><int>").append(l).append("</int></value>\n");
        } else if (v instanceof Double || v instanceof BigDecimal) {
            out.append("<value><double>").append(PyFloat.repr(((Number) v).doubleValue())).append("</double></value>\n");
        } else if (v instanceof String s) {
            out.append("<value><string>").append(escape(s)).append("</string></value>\n");
        } else if (v instanceof LocalDateTime dt) {
            out.append("<value><string>").append(OdooDates.format(dt)).append("</string></value>\n");
        } else if (v instanceof LocalDate d) {
            out.append("<value><string>").append(OdooDates.format(d)).append("</string></value>\n");
        } else if (v instanceof byte[] bytes) {
            // Odoo marshals bytes as UTF-8 text, never as base64
            out.append("<value><string>").append(escape(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)))
                    .append("</string></value>\n");
        } else if (v instanceof List<?> list) {
            out.append("<value><array><data>\n");
            for (Object o : list) {
                value(out, o);
            }
            out.append("</data></array></value>\n");
        } else if (v instanceof Map<?, ?> map) {
            out.append("<value><struct>\n");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw MarshalError.keyNotString();
                }
                out.append("<member>\n<name>").append(escape(key)).append("</name>\n");
                value(out, e.getValue());
                out.append("</member>\n");
            }
            out.append("</struct></value>\n");
        } else if (v instanceof RecordsetValue rs) {
            throw MarshalError.cannotMarshal(rs.pythonClass());
        } else {
            throw MarshalError.cannotMarshal(v.getClass().getName());
        }
    }

    /** Python's escape() plus Odoo's removal of C0 control characters other than tab/LF/CR. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
