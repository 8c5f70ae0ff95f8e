package com.kraviabridge.sim.kravia;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** A loopback endpoint standing in for the bridge's webhook: it answers a scripted status and keeps the bodies. */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Deque<Integer> scriptedStatuses = new ConcurrentLinkedDeque<>();
    private final List<String> bodies = new ArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                synchronized (bodies) {
                    bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Integer status = scriptedStatuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next calls are answered with these statuses, then 200 again. */
    void answerNext(int... statuses) {
        for (int status : statuses) {
            scriptedStatuses.add(status);
        }
    }

    List<String> bodies() {
        synchronized (bodies) {
            return List.copyOf(bodies);
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }
}
