package com.kraviabridge.sim.kravia;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way every request goes: latency, injected failures, routing, authentication, the endpoint, the journal,
 * then the after-commit faults and the answer.
 */
final class ExchangeHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeHandler.class);

    private final Router router;
    private final Authenticator authenticator;
    private final Faults faults;
    private final RequestJournal journal;
    private final Runnable beforeEachRequest;
    private final CountDownLatch closing = new CountDownLatch(1);

    ExchangeHandler(Router router, Authenticator authenticator, Faults faults, RequestJournal journal,
                    Runnable beforeEachRequest) {
        this.router = router;
        this.authenticator = authenticator;
        this.faults = faults;
        this.journal = journal;
        this.beforeEachRequest = beforeEachRequest;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            ApiRequest request = ApiRequest.read(exchange);
            pause(faults.latencyFor(request));
            Optional<Faults.Injected> injected = faults.beforeHandling(request);
            if (injected.isPresent()) {
                journal.record(request, injected.get().response(), injected.get().label());
                send(exchange, injected.get().response());
                return;
            }
            ApiResponse response = answer(request);
            Optional<FaultRule> after = faults.afterCommit(request);
            boolean drop = after.isPresent() && after.get().kind == FaultRule.Kind.DROP;
            if (after.isPresent() && after.get().kind == FaultRule.Kind.FAIL_AFTER_COMMIT) {
                int status = after.get().status;
                journal.record(request, response, status + " after commit");
                send(exchange, ApiResponse.error(status, "Simulated server failure (HTTP " + status + ").", null,
                        Map.of()));
                return;
            }
            journal.record(request, response, after.map(rule -> drop ? "drop" : "hold").orElse(null));
            if (drop) {
                return; // closing the exchange before any header was sent closes the connection
            }
            after.ifPresent(rule -> {
                if (rule.heldAnswer != null) {
                    rule.heldAnswer.hold(closing);
                } else {
                    pause(rule.duration);
                }
            });
            send(exchange, response);
        } catch (IOException e) {
            LOG.debug("connection trouble while answering {}: {}", exchange.getRequestURI(), e.toString());
        } finally {
            exchange.close();
        }
    }

    private ApiResponse answer(ApiRequest request) {
        try {
            beforeEachRequest.run();
            Router.Match match = router.match(request);
            Access access = authenticator.authenticate(request.authorization());
            if (match.route().takesJson() && !isJson(request.contentType())) {
                throw ApiError.unsupportedMediaType();
            }
            return match.route().endpoint().handle(new Call(request, access, match.pathValues()));
        } catch (ApiError refusal) {
            return ApiResponse.of(refusal);
        } catch (RuntimeException bug) {
            LOG.error("simulator failure on {} {}", request.method(), request.path(), bug);
            return ApiResponse.error(500, "The simulator failed: " + bug, null, Map.of());
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] bytes = response.body() == null ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        }
        // -1 announces an empty body; 0 would mean chunked
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Waits without holding any lock; cut short when the simulator closes. */
    private void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void release() {
        closing.countDown();
    }
}
