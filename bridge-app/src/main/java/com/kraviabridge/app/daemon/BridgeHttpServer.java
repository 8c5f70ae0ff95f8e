package com.kraviabridge.app.daemon;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's one HTTP port: Kravia's webhooks and the health check, on Jetty's core server. Slow or endless
 * callers are cut off by time (headers, body, idleness), their number is bounded, and bodies are read as they
 * arrive, so a handful of them cannot keep the port from Kravia or a monitor.
 */
public final class BridgeHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeHttpServer.class);

    private final Server server;
    private final ServerConnector connector;

    BridgeHttpServer(String bindAddress, int port, HttpLimits limits, Routes routes) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 2);
        threads.setName("bridge-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bindAddress);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        HeaderDeadline headerDeadline = new HeaderDeadline(server.getScheduler(), limits.headerTimeout());
        connector.addEventListener(headerDeadline);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.setHandler(new Dispatch(routes, limits, headerDeadline));
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

    /** Finds the route, reads the body within the limits, and sends the route's answer. */
    private static final class Dispatch extends Handler.Abstract {

        private final Routes routes;
        private final HttpLimits limits;
        private final HeaderDeadline headerDeadline;

        Dispatch(Routes routes, HttpLimits limits, HeaderDeadline headerDeadline) {
            this.routes = routes;
            this.limits = limits;
            this.headerDeadline = headerDeadline;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Connection connection = request.getConnectionMetaData().getConnection();
            Callback done = Callback.from(() -> {
                headerDeadline.restart(connection);
                callback.succeeded();
            }, failure -> {
                headerDeadline.restart(connection);
                callback.failed(failure);
            });
            String path = request.getHttpURI().getPath();
            Route route = routes.find(path == null ? "" : path).orElse(null);
            if (route == null) {
                send(response, HttpAnswer.text(404, "not found"), done);
                return true;
            }
            BoundedBody.read(request, limits.maxBodyBytes(), limits.bodyTimeout(), body -> {
                switch (body.outcome()) {
                    case WHOLE -> answer(route, new HttpCall(request.getMethod(), path, body.bytes()), response, done);
                    case TOO_LARGE -> sendAndClose(response, HttpAnswer.text(413, "too large"), done);
                    case TOO_SLOW -> sendAndClose(response, HttpAnswer.text(408, "request timeout"), done);
                    case BROKEN -> done.failed(new IOException("the caller broke off its request"));
                }
            });
            return true;
        }

        /** Runs the route and answers 500 when it fails, so Kravia tries again later. */
        private static void answer(Route route, HttpCall call, Response response, Callback done) {
            HttpAnswer answer;
            try {
                answer = route.answer(call);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{} {} failed: {}", call.method(), call.path(), e.toString());
                answer = HttpAnswer.text(500, "error");
            }
            send(response, answer, done);
        }

        /** An answer before the body was read whole: the rest of it is not wanted, nor the connection. */
        private static void sendAndClose(Response response, HttpAnswer answer, Callback done) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            send(response, answer, done);
        }

        private static void send(Response response, HttpAnswer answer, Callback done) {
            response.setStatus(answer.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
            response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)),
                    Callback.from(() -> {
                        done.succeeded();
                        answer.afterSent().run();
                    }, done::failed));
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The address the port is bound to, as the operating system reports it. */
    InetSocketAddress boundAddress() {
        Object channel = connector.getTransport();
        try {
            return (InetSocketAddress) ((java.nio.channels.ServerSocketChannel) channel).getLocalAddress();
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
