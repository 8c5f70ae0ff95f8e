package com.kraviabridge.erp.odoo;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A tiny HTTP server on the loopback whose answers a test scripts; records what it was sent. */
public final class ScriptedServer implements AutoCloseable {

    /** What to answer to one request. */
    public record Answer(int status, String contentType, String body, long delayMillis) {

        public static Answer json(String body) {
            return new Answer(200, "application/json", body, 0);
        }

        public static Answer xml(String body) {
            return new Answer(200, "text/xml", body, 0);
        }

        /** A JSON body with any status, as JSON-2 answers its errors. */
        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body, 0);
        }

        public static Answer status(int status) {
            return new Answer(status, "text/html", "<html>error " + status + "</html>", 0);
        }

        public Answer after(long millis) {
            return new Answer(status, contentType, body, millis);
        }
    }

    /** Received request; header names in lower case. */
    public record Request(String path, String body, String method, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    @FunctionalInterface
    public interface Script {
        Answer answer(Request request);
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public ScriptedServer(Script script) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "scripted-odoo");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            Request request = new Request(exchange.getRequestURI().getPath(), body, exchange.getRequestMethod(),
                    headers);
            requests.add(request);
            Answer answer = script.answer(request);
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            try {
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (IOException closedByClient) {
                // the client gave up waiting: nothing to answer
            }
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Request> requests() {
        return requests;
    }

    /** Requests whose body mentions the text (a method or model name). */
    public long count(String text) {
        return requests.stream().filter(r -> r.body().contains(text)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
