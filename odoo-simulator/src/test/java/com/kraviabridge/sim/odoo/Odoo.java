package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * A tiny test client for execute_kw over either protocol. A fault becomes an {@link RpcFault}
 * carrying what each protocol reports, so tests can assert on codes and names.
 */
final class Odoo {
    enum Protocol { XML, JSON }

    private final String url;
    private final Protocol protocol;
    private final String db;
    private final int uid;
    private final String secret;

    Odoo(String url, Protocol protocol, String db, int uid, String secret) {
        this.url = url;
        this.protocol = protocol;
        this.db = db;
        this.uid = uid;
        this.secret = secret;
    }

    /** A fault as the client sees it. */
    static final class RpcFault extends RuntimeException {
        final Object xmlCode;
        final String name;
        final String text;

        RpcFault(Object xmlCode, String name, String text) {
            super(xmlCode + "/" + name + ": " + text);
            this.xmlCode = xmlCode;
            this.name = name;
            this.text = text;
        }
    }

    /** The decoded result; for JSON a missing "result" (None) comes back as {@link #ABSENT}. */
    Object call(String model, String method, List<?> args, Map<String, ?> kwargs) {
        if (protocol == Protocol.XML) {
            Wire.XmlReply r = Wire.xml(url, "/xmlrpc/2/object", "execute_kw", db, uid, secret, model, method, args,
                    kwargs);
            if (r.isFault()) {
                throw new RpcFault(r.faultCode(), null, r.faultString());
            }
            return r.value();
        }
        JsonNode resp = Wire.json(url, "object", "execute_kw", db, uid, secret, model, method, args, kwargs);
        if (resp.has("error")) {
            JsonNode data = resp.get("error").get("data");
            throw new RpcFault(null, data.get("name").asText(), data.get("message").asText());
        }
        if (!resp.has("result")) {
            return ABSENT;
        }
        return Wire.JSON.convertValue(resp.get("result"), Object.class);
    }

    Object call(String model, String method, List<?> args) {
        return call(model, method, args, Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> searchRead(String model, List<?> domain, List<String> fields) {
        return (List<Map<String, Object>>) call(model, "search_read", List.of(domain), Map.of("fields", fields));
    }

    @SuppressWarnings("unchecked")
    List<Integer> search(String model, List<?> domain) {
        return (List<Integer>) call(model, "search", List.of(domain));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> readOne(String model, int id, String... fields) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) call(model, "read", List.of(List.of(id),
                List.of(fields)));
        return rows.get(0);
    }

    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<no result key>";
        }
    };
}
