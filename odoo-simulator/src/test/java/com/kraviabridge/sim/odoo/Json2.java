package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hand-built JSON-2 requests over java.net.http, so a test sees the status, headers and body Odoo would send. */
final class Json2 {
    private final String url;
    private final String database;
    private final String authorization;

    private Json2(String url, String database, String authorization) {
        this.url = url;
        this.database = database;
        this.authorization = authorization;
    }

    /** A client sending {@code Authorization: bearer <key>} and {@code X-Odoo-Database: <database>}. */
    static Json2 withKey(String url, String database, String key) {
        return new Json2(url, database, "bearer " + key);
    }

    /** A client sending the given Authorization header as is (null: none) and the database header (null: none). */
    static Json2 raw(String url, String database, String authorization) {
        return new Json2(url, database, authorization);
    }

    /** An answer: status, the body parsed when it is JSON, and the raw text. */
    record Reply(int status, JsonNode json, String body, HttpResponse<String> response) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The error body's {@code name}. */
        String name() {
            return json.get("name").asText();
        }

        String message() {
            return json.get("message").asText();
        }

        Object value() {
            return Wire.JSON.convertValue(json, Object.class);
        }
    }

    Reply call(String model, String method, Map<String, ?> body) {
        try {
            return post("/json/2/" + model + "/" + method, "application/json; charset=utf-8",
                    Wire.JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call with {@code ids} and further named arguments given as name, value pairs. */
    Reply call(String model, String method, Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return call(model, method, body);
    }

    Reply post(String path, String contentType, String body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            req.header("Content-Type", contentType);
        }
        return send(req);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").GET());
    }

    private Reply send(HttpRequest.Builder req) {
        req.header("User-Agent", "simulator-test/1");
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        if (database != null) {
            req.header("X-Odoo-Database", database);
        }
        try {
            HttpResponse<String> resp = Wire.HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            if (resp.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                json = Wire.JSON.readTree(resp.body());
            }
            return new Reply(resp.statusCode(), json, resp.body(), resp);
        } catch (IOException e) {
            throw new Wire.WireFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
