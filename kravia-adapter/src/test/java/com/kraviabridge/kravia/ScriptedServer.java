package com.kraviabridge.kravia;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server answering from a script, for the transport rules the simulator cannot show (an answer
 * that never comes on a gateway, an unreadable 2xx, requests in flight). Unscripted requests get 200 [] (an empty list).
 */
final class ScriptedServer implements AutoCloseable {

    record Answer(int status, Map<String, String> headers, String body, boolean hang) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body, false);
        }

        static Answer withHeader(int status, String name, String value) {
            return new Answer(status, Map.of(name, value), "", false);
        }

        /** Never answers: the client's request timeout has to end it. */
        static Answer never() {
            return new Answer(0, Map.of(), "", true);
        }
    }

    record Request(String method, String path, String query, String authorization, String body, Instant at) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Duration answerDelay = Duration.ZERO;

    ScriptedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    ScriptedServer then(Answer answer) {
        script.add(answer);
        return this;
    }

    /** Holds every answer this long, to have requests overlap. */
    void delayAnswers(Duration delay) {
        answerDelay = delay;
    }

    List<Request> requests() {
        return requests;
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        boolean answering = false;
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    body, Instant.now()));
            Answer answer = script.poll();
            if (answer == null) {
                answer = Answer.json(200, "[]");
            }
            if (answer.hang() || !answerDelay.isZero()) {
                // waits for the test's end (hang) or the delay; no busy loop, no fixed sleep in the test itself
                released.await(answer.hang() ? 60_000 : answerDelay.toMillis(), TimeUnit.MILLISECONDS);
                if (answer.hang()) {
                    return;
                }
            }
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            // No longer in flight once the answer starts to leave: the client may send its next call as soon as it
            // has this answer, before this thread runs again.
            inFlight.decrementAndGet();
            answering = true;
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!answering) {
                inFlight.decrementAndGet();
            }
            exchange.close();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
