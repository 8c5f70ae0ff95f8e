package com.kraviabridge.kravia;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.port.RemoteFailure;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The one way out to Kravia: authenticates, throttles (requests per second and in flight), retries what
 * failed without effect with exponential backoff and jitter (or after {@code Retry-After}), and hands every
 * other failure to the caller as a {@link RemoteFailure}.
 */
final class KraviaHttp {

    private static final Logger LOG = LoggerFactory.getLogger(KraviaHttp.class);
    private static final String USER_AGENT = "kravia-bridge-for-odoo/0.1";

    private final KraviaSettings settings;
    private final KraviaFailures failures;
    private final HttpClient client;
    private final Retry retry;
    private final RateLimiter rateLimiter;
    private final Semaphore inFlight;
    private final String apiRoot;
    private final RemoteCallListener listener;

    KraviaHttp(KraviaSettings settings, RemoteCallListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.failures = new KraviaFailures(settings);
        // HTTP/1.1: one request per connection at a time, so "the connection broke after sending" means what
        // it says, and no h2c upgrade dance against plain-http test servers.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.retry = Retry.of("kravia", retryConfig(settings));
        this.retry.getEventPublisher().onRetry(event -> LOG.info("Kravia call failed, retry {} of {} in {} ms: {}",
                event.getNumberOfRetryAttempts(), settings.maxRetries(), event.getWaitInterval().toMillis(),
                event.getLastThrowable() == null ? "" : event.getLastThrowable().getMessage()));
        this.rateLimiter = RateLimiter.of("kravia", RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(settings.requestInterval())
                .timeoutDuration(settings.requestTimeout())
                .build());
        this.inFlight = new Semaphore(settings.maxConcurrency(), true);
        String base = settings.baseUrl().toString();
        this.apiRoot = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + KraviaContract.API_PREFIX;
    }

    /** Sends the call (retrying what may be retried) and reads its answer; an empty answer reads as JSON null. */
    <T> T exchange(KraviaCall call, Function<JsonNode, T> reader) {
        int[] attempts = {0};
        JsonNode answer = retry.executeSupplier(() -> {
            if (attempts[0]++ > 0) {
                listener.retrying(call.operation());
            }
            return attempt(call);
        });
        try {
            return reader.apply(answer);
        } catch (KraviaAnswers.Unreadable | DateTimeException | IllegalArgumentException e) {
            throw failures.unreadable(call, e.getMessage());
        }
    }

    void send(KraviaCall call) {
        exchange(call, answer -> null);
    }

    private JsonNode attempt(KraviaCall call) {
        if (!rateLimiter.acquirePermission()) {
            throw failures.throttled(call, "the rate limit of " + settings.rateLimitPerSecond().toPlainString() + " requests per second");
        }
        try {
            if (!inFlight.tryAcquire(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw failures.throttled(call, "the limit of " + settings.maxConcurrency() + " requests in flight");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.throttled(call, "an interruption while waiting for room");
        }
        long started = System.nanoTime();
        String outcome = "ok";
        try {
            return sendAndRead(call);
        } catch (RuntimeException e) {
            outcome = e instanceof RemoteFailure failure ? RemoteCallListener.outcome(failure) : "error";
            throw e;
        } finally {
            listener.answered(call.operation(), outcome, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** One request on the wire, holding a place among those in flight; {@code attempt} has the room for it. */
    private JsonNode sendAndRead(KraviaCall call) {
        HttpResponse<String> response;
        try {
            response = client.send(request(call), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw failures.fromIo(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.interrupted(call, e);
        } finally {
            inFlight.release();
        }
        int status = response.statusCode();
        LOG.debug("Kravia {} -> HTTP {}", call.describe(), status);
        if (status < 200 || status > 299) {
            throw failures.fromStatus(call, status, response.body(), response.headers().firstValue("Retry-After"));
        }
        return parse(call, response.body());
    }

    private JsonNode parse(KraviaCall call, String body) {
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return LenientJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw failures.unreadable(call, "not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private HttpRequest request(KraviaCall call) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(call))
                .timeout(settings.requestTimeout())
                .header("Authorization", settings.authorizationHeader())
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT);
        if (call.body() == null) {
            builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json; charset=utf-8")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(json(call.body()), StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private URI uri(KraviaCall call) {
        StringBuilder uri = new StringBuilder(apiRoot).append(call.path());
        if (!call.query().isEmpty()) {
            StringJoiner query = new StringJoiner("&", "?", "");
            for (Map.Entry<String, String> parameter : call.query().entrySet()) {
                query.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
            }
            uri.append(query);
        }
        return URI.create(uri.toString());
    }

    /** Encodes a query value or a path segment (a space as %20, which both accept). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(JsonNode body) {
        try {
            return LenientJson.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static RetryConfig retryConfig(KraviaSettings settings) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(settings.firstBackoff(), 2.0, 0.5,
                settings.maxBackoff());
        return RetryConfig.<JsonNode>custom()
                .maxAttempts(settings.maxRetries() + 1)
                .retryOnException(failure -> failure instanceof RemoteFailure remote
                        && remote.kind() == RemoteFailure.Kind.RETRYABLE
                        && !Thread.currentThread().isInterrupted()
                        // A Retry-After longer than we are willing to block goes back to the caller's scheduler.
                        && remote.retryAfter().map(wait -> wait.compareTo(settings.maxBackoff()) <= 0).orElse(true))
                .intervalBiFunction((Integer attempt, Either<Throwable, JsonNode> outcome) -> waitBefore(attempt, outcome, backoff))
                .build();
    }

    /** Kravia's {@code Retry-After} when it gave one, else the jittered exponential backoff. */
    private static Long waitBefore(int attempt, Either<Throwable, JsonNode> outcome, IntervalFunction backoff) {
        if (outcome.isLeft() && outcome.getLeft() instanceof RemoteFailure remote && remote.retryAfter().isPresent()) {
            return remote.retryAfter().get().toMillis();
        }
        return backoff.apply(attempt);
    }
}
