package com.kraviabridge.app.daemon;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * The daemon's one HTTP port: Kravia's webhooks and the health check, on Jetty's core server (no servlets).
 * Slow or endless callers are cut off by time (headers, body, idleness), the connections and threads are bounded,
 * and bodies are read as they arrive, so a handful of such callers cannot keep the port from Kravia or a monitor.
 */
public final class BridgeHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeHttpServer.class);

    private final Server server;
    private final ServerConnector connector;

    BridgeHttpServer(String bindAddress, int port, HttpLimits limits, Routes routes) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 2);
        threads.setName("bridge-http");
        threads.setDaemon(true);
        // Jetty's own timer thread would keep the JVM alive; the daemon decides when it ends
        server = new Server(threads, new ScheduledExecutorScheduler("bridge-http-timer", true), null);
        connector = listening(server, bindAddress, port, limits);
        HeaderDeadline headerDeadline = new HeaderDeadline(server.getScheduler(), limits.headerTimeout());
        connector.addEventListener(headerDeadline);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setErrorHandler(withoutDetails());
        server.setHandler(new RouteDispatch(routes, limits, headerDeadline));
        server.setStopTimeout(1_000);
        try {
            server.start();
        } catch (Exception e) {
            close();
            IOException cause = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port
                    + " (webhook.bind-address, webhook.port)", cause);
        }
    }

    private static ServerConnector listening(Server server, String bindAddress, int port, HttpLimits limits) {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bindAddress);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        return connector;
    }

    /** Jetty's own error answers (a malformed request, headers too large) tell a caller nothing about the bridge. */
    private static ErrorHandler withoutDetails() {
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        return errors;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The address the port is bound to, as the operating system reports it. */
    InetSocketAddress boundAddress() {
        try {
            return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path Kravia's webhook calls for this creditor arrive on, the same for every instance. */
    public static String webhookPath(long kraviaCreditorId) {
        return WebhookEndpoint.PREFIX + kraviaCreditorId;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("the HTTP endpoint did not stop cleanly: {}", e.toString());
        }
    }
}
