package com.kraviabridge.sim.odoo.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kraviabridge.sim.odoo.FaultInjector;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Writing answers the way Odoo's werkzeug server (or the proxy in front of it) does. */
final class Replies {
    static final ObjectMapper JSON = new ObjectMapper();

    private Replies() {
    }

    /** The request's media type without parameters, lower case; empty when there is no Content-Type. */
    static String mimeType(HttpExchange ex) {
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    static void xml(HttpExchange ex, String xml) throws IOException {
        send(ex, 200, "text/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpExchange ex, int status, JsonNode node) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(node));
    }

    static void html(HttpExchange ex, int status, String title, String heading, String text) throws IOException {
        String html = "<!doctype html>\n<html lang=en>\n<title>" + title + "</title>\n<h1>" + heading + "</h1>\n<p>"
                + text + "</p>\n";
        send(ex, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static void notFound(HttpExchange ex) throws IOException {
        html(ex, 404, "404 Not Found", "Not Found",
                "The requested URL was not found on the server. If you entered the URL manually please check your"
                        + " spelling and try again.");
    }

    static void methodNotAllowed(HttpExchange ex) throws IOException {
        html(ex, 405, "405 Method Not Allowed", "Method Not Allowed",
                "The method is not allowed for the requested URL.");
    }

    /** An injected fault that answers instead of Odoo: a dropped connection or a proxy's error page. */
    static void sabotage(HttpExchange ex, FaultInjector.Injected injected) throws IOException {
        if (injected.kind() == FaultInjector.Kind.DROP_CONNECTION) {
            return; // closing the exchange without headers closes the socket
        }
        int status = injected.status();
        String reason = switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Time-out";
            default -> "Error";
        };
        String html = "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        send(ex, status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Server", "Werkzeug/2.0.2 Python/3.10.12");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
