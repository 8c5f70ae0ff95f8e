package com.kraviabridge.sim.kravia;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One request as received.
 *
 * @param relativePath the path after {@code /api/v2/} (or the equivalent {@code /api/v2.0/}) without a trailing
 *                     slash; null for a path outside the API
 */
record ApiRequest(String method, String path, String relativePath, String rawQuery, Map<String, String> params,
                  String authorization, String contentType, String body) {

    static ApiRequest read(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new ApiRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), path,
                ApiPaths.relative(path), rawQuery, QueryString.parse(rawQuery),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
    }

    String param(String name) {
        return params.get(name);
    }

    /** True when {@code prefix} names this request: with a leading slash against the full path, else after /api/v2/. */
    boolean pathStartsWith(String prefix) {
        return PathPrefix.matches(prefix, path, relativePath);
    }
}
