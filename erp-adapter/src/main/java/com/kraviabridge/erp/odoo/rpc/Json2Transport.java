package com.kraviabridge.erp.odoo.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Odoo's external JSON-2 API (Odoo 19 and later): {@code POST /json/2/<model>/<method>} with the API key as bearer
 * token and every argument by name. It is not subject to the deprecation of {@code /xmlrpc} and {@code /jsonrpc}.
 *
 * <p>It answers the same {@code common} and {@code object} calls as the other transports, so nothing above
 * {@link OdooTransport} knows which protocol ran: {@code version} reads {@code GET /json/version} (no key
 * needed), {@code authenticate} asks {@code res.users/context_get} who the key belongs to, and {@code execute_kw}
 * is bound to named arguments by {@link Json2Arguments}. Answers come bare: a recordset as its list of ids,
 * {@code create} always as a list, None as {@code null}. Errors come as an HTTP status with Odoo's exception in
 * the body, and become the same {@link OdooServerError}s the other protocols give.
 */
final class Json2Transport implements OdooTransport {

    private final URI baseUrl;
    private final HttpPost http;

    Json2Transport(URI baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.http = new HttpPost(timeout);
    }

    @Override
    public Object call(String service, String method, List<?> args) {
        if ("common".equals(service) && "version".equals(method)) {
            Map<String, Object> version = version();
            if (version == null) {
                throw TransportFailure.httpStatus(404, "Odoo at " + HttpPost.hostOf(baseUrl)
                        + " does not serve JSON-2 (GET /json/version was not found)");
            }
            return version;
        }
        if ("common".equals(service) && ("authenticate".equals(method) || "login".equals(method))) {
            return uidOf(String.valueOf(args.get(0)), String.valueOf(args.get(2)));
        }
        if ("object".equals(service) && "execute_kw".equals(method)) {
            @SuppressWarnings("unchecked")
            Map<String, ?> kwargs = args.size() > 6 ? (Map<String, ?>) args.get(6) : Map.of();
            return executeKw(String.valueOf(args.get(0)), ((Number) args.get(1)).longValue(),
                    String.valueOf(args.get(2)), String.valueOf(args.get(3)), String.valueOf(args.get(4)),
                    (List<?>) args.get(5), kwargs);
        }
        throw new IllegalArgumentException("JSON-2 has no " + service + "." + method);
    }

    @Override
    public Object executeKw(String database, long uid, String apiKey, String model, String method, List<?> args,
                            Map<String, ?> kwargs) {
        return post(database, apiKey, model, method, Json2Arguments.bind(model, method, args, kwargs));
    }

    @Override
    public String protocolName() {
        return "json2";
    }

    /**
     * {@code GET /json/version}, in the shape of {@code common.version()} ({@code server_version},
     * {@code server_version_info}); null when the server has no such route (Odoo before 19, or not Odoo).
     */
    public Map<String, Object> version() {
        HttpPost.Answer answer = http.send(HttpRequest.newBuilder(Endpoints.resolve(baseUrl, "json/version")).GET());
        if (answer.status() == 404 || answer.status() == 405) {
            return null;
        }
        if (!answer.isSuccess()) {
            throw TransportFailure.httpStatus(answer.status(), "Odoo at " + HttpPost.hostOf(baseUrl)
                    + " answered HTTP " + answer.status() + " for /json/version");
        }
        Object parsed = OdooJson.toJava(parse(answer.body(), "version"));
        if (!(parsed instanceof Map<?, ?> map) || !(map.get("version_info") instanceof List<?>)) {
            return null;
        }
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("server_version", map.get("version"));
        version.put("server_version_info", map.get("version_info"));
        return version;
    }

    private Object uidOf(String database, String apiKey) {
        Object context = post(database, apiKey, "res.users", "context_get", Map.of());
        if (context instanceof Map<?, ?> map && map.get("uid") instanceof Number uid) {
            return uid.longValue();
        }
        throw TransportFailure.unreadable("Odoo's JSON-2 answer to res.users/context_get names no user", null);
    }

    private Object post(String database, String apiKey, String model, String method, Map<String, Object> arguments) {
        if (apiKey == null || apiKey.isBlank()) {
            // Sending "bearer " with nothing after it would only earn the same refusal from the server.
            throw new OdooServerError(Json2Errors.UNAUTHORIZED, "no API key was given", 401);
        }
        byte[] body;
        try {
            body = OdooJson.MAPPER.writeValueAsBytes(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode the arguments of " + method + " as JSON", e);
        }
        URI uri = Endpoints.resolve(baseUrl, "json/2/" + model + "/" + method);
        HttpPost.Answer answer = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "bearer " + apiKey)
                .header("X-Odoo-Database", database)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        if (!answer.isSuccess()) {
            throw Json2Errors.of(answer, uri);
        }
        return OdooJson.toJava(parse(answer.body(), model + "/" + method));
    }

    private static JsonNode parse(byte[] body, String what) {
        try {
            JsonNode node = OdooJson.MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw TransportFailure.unreadable("Odoo's JSON-2 answer to " + what + " is empty", null);
            }
            return node;
        } catch (IOException e) {
            throw TransportFailure.unreadable("Odoo's JSON-2 answer to " + what + " is not JSON: "
                    + new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8), e);
        }
    }
}
