package com.kraviabridge.app.daemon;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Small answers of the bridge's own HTTP endpoint. */
final class HttpReplies {

    private HttpReplies() {
    }

    static void send(HttpExchange exchange, int status, String text) throws IOException {
        write(exchange, status, "text/plain; charset=utf-8", text);
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        write(exchange, status, "application/json", json);
    }

    private static void write(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
