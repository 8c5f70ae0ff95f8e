package com.kraviabridge.app.daemon;

import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The daemon's one HTTP port: Kravia's webhooks and the health check. */
public final class BridgeHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeHttpServer.class);

    private final HttpServer server;
    private final ExecutorService executor;

    BridgeHttpServer(String bindAddress, int port, WebhookEndpoint webhooks, HealthEndpoint health) {
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port + " (webhook.port)", e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "bridge-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(WebhookEndpoint.PREFIX, exchange -> {
            try (exchange) {
                webhooks.handle(exchange);
            } catch (RuntimeException e) {
                LOG.warn("webhook handling failed: {}", e.toString());
                HttpReplies.send(exchange, 500, "error");
            }
        });
        server.createContext("/health", exchange -> {
            try (exchange) {
                health.handle(exchange);
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
