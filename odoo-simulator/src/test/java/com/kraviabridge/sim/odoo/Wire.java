package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built XML-RPC and JSON-RPC over java.net.http, so the tests see exactly what crosses the
 * wire. XML responses are decoded with the JDK's DOM parser into plain Java values.
 */
final class Wire {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {
    }

    // ---- raw HTTP ---------------------------------------------------------------------

    static HttpResponse<String> post(String url, String contentType, String body) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WireFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The connection broke before an answer arrived. */
    static final class WireFailure extends RuntimeException {
        WireFailure(IOException cause) {
            super(cause);
        }
    }

    // ---- JSON-RPC ---------------------------------------------------------------------

    static JsonNode json(String baseUrl, String service, String method, Object... args) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", method);
        params.put("args", List.of(args));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("method", "call");
        body.put("params", params);
        body.put("id", 7);
        try {
            HttpResponse<String> resp = post(baseUrl + "/jsonrpc", "application/json", JSON.writeValueAsString(body));
            if (resp.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
            }
            return JSON.readTree(resp.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- XML-RPC ----------------------------------------------------------------------

    static String methodCall(String method, Object... params) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?>\n<methodCall><methodName>")
                .append(method).append("</methodName><params>");
        for (Object p : params) {
            out.append("<param>");
            value(out, p);
            out.append("</param>");
        }
        return out.append("</params></methodCall>").toString();
    }

    private static void value(StringBuilder out, Object v) {
        out.append("<value>");
        if (v == null) {
            out.append("<nil/>");
        } else if (v instanceof Boolean b) {
            out.append("<boolean>").append(b ? 1 : 0).append("</boolean>");
        } else if (v instanceof Integer || v instanceof Long) {
            out.append("<int>").append(v).append("</int>");
        } else if (v instanceof Double d) {
            out.append("<double>").append(d).append("</double>");
        } else if (v instanceof String s) {
            out.append("<string>").append(s.replace("&", "&amp;").replace("<", "&lt;")).append("</string>");
        } else if (v instanceof List<?> l) {
            out.append("<array><data>");
            l.forEach(o -> value(out, o));
            out.append("</data></array>");
        } else if (v instanceof Map<?, ?> m) {
            out.append("<struct>");
            m.forEach((k, o) -> {
                out.append("<member><name>").append(k).append("</name>");
                value(out, o);
                out.append("</member>");
            });
            out.append("</struct>");
        } else {
            throw new IllegalArgumentException(v.getClass().getName());
        }
        out.append("</value>");
    }

    /** A decoded methodResponse: a value or a fault. */
    record XmlReply(Object value, Object faultCode, String faultString, String raw) {
        boolean isFault() {
            return faultCode != null;
        }
    }

    static XmlReply xml(String baseUrl, String path, String method, Object... params) {
        HttpResponse<String> resp = post(baseUrl + path, "text/xml", methodCall(method, params));
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
        }
        return decode(resp.body());
    }

    static XmlReply decode(String body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();
            Element fault = child(root, "fault");
            if (fault != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) parse(child(fault, "value"));
                return new XmlReply(null, s.get("faultCode"), (String) s.get("faultString"), body);
            }
            Element value = child(child(child(root, "params"), "param"), "value");
            return new XmlReply(parse(value), null, null, body);
        } catch (Exception e) {
            throw new IllegalStateException("bad XML-RPC response: " + body, e);
        }
    }

    private static Element child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c;
            }
        }
        return null;
    }

    private static Object parse(Element value) {
        Element typed = null;
        for (Node n = value.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                typed = c;
            }
        }
        if (typed == null) {
            return value.getTextContent();
        }
        String text = typed.getTextContent();
        switch (typed.getTagName()) {
            case "int", "i4" -> {
                return Integer.parseInt(text.trim());
            }
            case "boolean" -> {
                return text.trim().equals("1");
            }
            case "double" -> {
                return Double.parseDouble(text.trim());
            }
            case "string" -> {
                return text;
            }
            case "nil" -> {
                return null;
            }
            case "array" -> {
                List<Object> out = new ArrayList<>();
                Element data = child(typed, "data");
                for (Node n = data.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c && c.getTagName().equals("value")) {
                        out.add(parse(c));
                    }
                }
                return out;
            }
            case "struct" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Node n = typed.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element m && m.getTagName().equals("member")) {
                        out.put(child(m, "name").getTextContent(), parse(child(m, "value")));
                    }
                }
                return out;
            }
            default -> throw new IllegalStateException("unexpected type " + typed.getTagName());
        }
    }
}
