package com.kraviabridge.app.daemon;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's side of the routes: finds the route for a request, reads its body within the limits without holding a
 * thread, and sends the route's answer; 404 for a path no route serves, 413 for a body over the limit, 408 for
 * one that does not arrive in time, 500 when the route fails.
 */
final class RouteDispatch extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(RouteDispatch.class);
    /** How much of a refused body is read and thrown away, so its sender gets the 413 rather than a reset. */
    private static final long DRAIN_BYTES = 8L * 1024 * 1024;

    private final Routes routes;
    private final HttpLimits limits;
    private final HeaderDeadline headerDeadline;

    RouteDispatch(Routes routes, HttpLimits limits, HeaderDeadline headerDeadline) {
        this.routes = routes;
        this.limits = limits;
        this.headerDeadline = headerDeadline;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Callback done = restartingHeaderDeadline(request.getConnectionMetaData().getConnection(), callback);
        String path = request.getHttpURI().getPath() == null ? "" : request.getHttpURI().getPath();
        Route route = routes.find(path).orElse(null);
        if (route == null) {
            send(response, HttpAnswer.text(404, "not found"), done);
            return true;
        }
        BoundedBody.read(request, limits.maxBodyBytes(), limits.bodyTimeout(), body -> {
            switch (body.outcome()) {
                case WHOLE -> answer(route, new HttpCall(request.getMethod(), path, body.bytes()), response, done);
                case TOO_LARGE -> sendAndClose(response, HttpAnswer.text(413, "too large"), Callback.from(
                        () -> BodyDrain.drain(request, DRAIN_BYTES, limits.bodyTimeout(), done::succeeded),
                        done::failed));
                case TOO_SLOW -> sendAndClose(response, HttpAnswer.text(408, "request timeout"), done);
                case BROKEN -> done.failed(new IOException("the caller broke off its request"));
            }
        });
        return true;
    }

    /** Once a request is over, the connection's next one has the header timeout again. */
    private Callback restartingHeaderDeadline(Connection connection, Callback callback) {
        return Callback.from(() -> {
            headerDeadline.restart(connection);
            callback.succeeded();
        }, failure -> {
            headerDeadline.restart(connection);
            callback.failed(failure);
        });
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
