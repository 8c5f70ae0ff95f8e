package com.kraviabridge.sim.odoo.rpc;

import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.PyException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses an XML-RPC methodCall the way Python's {@code xmlrpc.client.loads(use_datetime=True)}
 * does: untyped values are strings, namespaced extension tags (ex:nil, ex:i8) are accepted,
 * booleans must be 0/1, dateTime.iso8601 must be {@code %Y%m%dT%H:%M:%S}. DTDs and external
 * entities are refused; nothing is ever deserialised into Java objects beyond plain values.
 */
final class XmlRpcReader {
    private static final DateTimeFormatter ISO8601 = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss");
    private static final XMLInputFactory FACTORY = createFactory();

    record MethodCall(String methodName, List<Object> params) {
    }

    private XmlRpcReader() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static MethodCall parse(byte[] body) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            String method = null;
            List<Object> params = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String tag = local(r.getLocalName());
                    if (tag.equals("methodName")) {
                        method = r.getElementText().trim();
                    } else if (tag.equals("value")) {
                        params.add(value(r));
                    }
                }
            }
            if (method == null) {
                throw new OdooError(PyException.EXPAT_ERROR, "no element found: methodName missing");
            }
            return new MethodCall(method, params);
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "not well-formed (invalid token)" : e.getMessage();
            throw new OdooError(PyException.EXPAT_ERROR, msg.replace('\n', ' '));
        }
    }

    private static String local(String tag) {
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : tag.substring(colon + 1);
    }

    /** Reads a {@code <value>} whose start tag was just consumed, up to its end tag. */
    private static Object value(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        Object typed = null;
        boolean hasTyped = false;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                text.append(r.getText());
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                typed = typed(r, local(r.getLocalName()));
                hasTyped = true;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return hasTyped ? typed : text.toString();
            }
        }
        throw new XMLStreamException("no element found");
    }

    private static Object typed(XMLStreamReader r, String tag) throws XMLStreamException {
        switch (tag) {
            case "int", "i4", "i8", "i1", "i2", "biginteger" -> {
                String s = r.getElementText().trim();
                try {
                    long v = Long.parseLong(s);
                    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
                } catch (NumberFormatException e) {
                    throw OdooError.valueError("invalid literal for int() with base 10: '" + s + "'");
                }
            }
            case "boolean" -> {
                String s = r.getElementText().trim();
                if (s.equals("0")) {
                    return Boolean.FALSE;
                }
                if (s.equals("1")) {
                    return Boolean.TRUE;
                }
                throw OdooError.typeError("bad boolean value");
            }
            case "string" -> {
                return r.getElementText();
            }
            case "double", "float", "bigdecimal" -> {
                String s = r.getElementText().trim();
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw OdooError.valueError("could not convert string to float: '" + s + "'");
                }
            }
            case "dateTime.iso8601" -> {
                String s = r.getElementText().trim();
                try {
                    return LocalDateTime.parse(s, ISO8601);
                } catch (DateTimeParseException e) {
                    throw OdooError.valueError("time data '" + s + "' does not match format '%Y%m%dT%H:%M:%S'");
                }
            }
            case "base64" -> {
                String s = r.getElementText().replaceAll("\\s", "");
                try {
                    return Base64.getDecoder().decode(s.getBytes(StandardCharsets.US_ASCII));
                } catch (IllegalArgumentException e) {
                    throw new OdooError(PyException.VALUE_ERROR, "Incorrect padding");
                }
            }
            case "nil" -> {
                skip(r);
                return null;
            }
            case "array" -> {
                return array(r);
            }
            case "struct" -> {
                return struct(r);
            }
            default -> {
                return r.getElementText();
            }
        }
    }

    private static List<Object> array(XMLStreamReader r) throws XMLStreamException {
        List<Object> out = new ArrayList<>();
        int depth = 1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = local(r.getLocalName());
                if (tag.equals("value")) {
                    out.add(value(r));
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0) {
                    return out;
                }
            }
        }
        throw new XMLStreamException("no element found");
    }

    private static Map<String, Object> struct(XMLStreamReader r) throws XMLStreamException {
        Map<String, Object> out = new LinkedHashMap<>();
        String name = null;
        int depth = 1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = local(r.getLocalName());
                if (tag.equals("name")) {
                    name = r.getElementText();
                } else if (tag.equals("value")) {
                    out.put(name == null ? "" : name, value(r));
                    name = null;
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 0) {
                    return out;
                }
            }
        }
        throw new XMLStreamException("no element found");
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
