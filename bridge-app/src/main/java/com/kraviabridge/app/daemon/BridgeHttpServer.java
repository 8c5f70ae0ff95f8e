package com.kraviabridge.app.daemon;

import com.sun.net.httpserver.HttpExchange;
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
    private final HealthEndpoint health;

    BridgeHttpServer(String bindAddress, int port, WebhookEndpoint webhooks, HealthEndpoint health) {
        this.health = health;
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
        server.createContext(WebhookEndpoint.PREFIX, exchange -> serve(exchange, "webhook", webhooks::handle));
        server.createContext("/health", exchange -> serve(exchange, "health check", health::handle));
        server.start();
    }

    /**
     * Runs the handler and answers 500 when it fails before answering. The exchange is closed only afterwards:
     * closed first (as a try-with-resources would), the 500 could not be sent and the caller got no answer at all.
     */
    private static void serve(HttpExchange exchange, String what, Handler handler) {
        try {
            handler.handle(exchange);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.toString());
            if (exchange.getResponseCode() == -1) { // nothing sent yet
                try {
                    HttpReplies.send(exchange, 500, "error");
                } catch (IOException | RuntimeException ignored) {
                    // the caller is gone
                }
            }
        } finally {
            exchange.close();
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The path Kravia's webhook calls for this creditor arrive on, the same for every instance. */
    public static String webhookPath(long kraviaCreditorId) {
        return WebhookEndpoint.PREFIX + kraviaCreditorId;
    }

    @Override
    public void close() {
        try {
            server.stop(1);
        } finally {
            executor.shutdownNow();
            health.close();
        }
    }
}
