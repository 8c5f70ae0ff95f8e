package com.kraviabridge.kravia;

import com.kraviabridge.core.port.SecretMask;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the adapter talks to Kravia. The lead maps the configuration module's settings onto this record.
 *
 * @param baseUrl            Kravia's host, e.g. {@code https://api.kravia.ai}; the API lives under {@code /api/v2/}
 * @param token              the secret token; never shown by {@link #toString()} nor put into any message
 * @param authScheme         put in front of the token with a space when not blank (e.g. {@code Bearer});
 *                           Kravia's guide shows the bare token, so the default is none
 * @param connectTimeout     how long to wait for a connection
 * @param requestTimeout     how long to wait for an answer once the request is sent; for a write that cannot be
 *                           repeated safely, running out of it means the outcome is unknown
 * @param maxRetries         retries inside the adapter after the first attempt, for failures that had no effect
 * @param rateLimitPerSecond requests started per second at most, across all threads using this adapter; may be a
 *                           fraction (0.5 is one request every two seconds)
 * @param maxConcurrency     requests in flight at most
 * @param firstBackoff       the first wait between retries; it doubles each time, with jitter
 * @param maxBackoff         the longest wait between two attempts; a {@code Retry-After} longer than this is not
 *                           waited for inline but handed to the caller with the failure
 * @param searchPageSize     {@code top} of each invoice search page (Kravia documents no maximum)
 */
public record KraviaSettings(URI baseUrl, String token, String authScheme, Duration connectTimeout,
                             Duration requestTimeout, int maxRetries, BigDecimal rateLimitPerSecond, int maxConcurrency,
                             Duration firstBackoff, Duration maxBackoff, int searchPageSize) {

    public KraviaSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the Kravia token is missing");
        }
        authScheme = authScheme == null ? "" : authScheme.trim();
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(firstBackoff, "firstBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        Objects.requireNonNull(rateLimitPerSecond, "rateLimitPerSecond");
        if (rateLimitPerSecond.signum() <= 0) {
            throw new IllegalArgumentException("rateLimitPerSecond must be above 0, was " + rateLimitPerSecond);
        }
        if (maxConcurrency < 1 || searchPageSize < 1) {
            throw new IllegalArgumentException("maxConcurrency and searchPageSize must be at least 1");
        }
    }

    /** The same with a whole number of requests per second. */
    public KraviaSettings(URI baseUrl, String token, String authScheme, Duration connectTimeout,
                          Duration requestTimeout, int maxRetries, int rateLimitPerSecond, int maxConcurrency,
                          Duration firstBackoff, Duration maxBackoff, int searchPageSize) {
        this(baseUrl, token, authScheme, connectTimeout, requestTimeout, maxRetries, BigDecimal.valueOf(rateLimitPerSecond),
                maxConcurrency, firstBackoff, maxBackoff, searchPageSize);
    }

    /**
     * The time between two request starts at the configured rate. The limiter hands out one permit per interval
     * rather than a second's worth at once, so a fractional rate is honoured exactly and requests are spread evenly
     * instead of arriving at Kravia in bursts at the start of each second.
     */
    Duration requestInterval() {
        long nanos = BigDecimal.valueOf(1_000_000_000L).divide(rateLimitPerSecond, 0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        return Duration.ofNanos(Math.max(1, nanos));
    }

    /**
     * The longest one write to Kravia can take from the moment it is handed over: each attempt may wait for the rate
     * limit and for room in flight (each up to the request timeout, then it gives up), connect, and wait for the
     * answer; an attempt refused without effect (408, 429, a connection never made) is retried after at most
     * {@code maxBackoff}. A process that leaves a write alone for this long knows no request of it is still out.
     */
    public Duration longestWrite() {
        Duration attempt = connectTimeout.plus(requestTimeout.multipliedBy(3));
        return attempt.multipliedBy(maxRetries + 1L).plus(maxBackoff.multipliedBy(maxRetries));
    }

    /** Sensible values for production: 10 s to connect, 30 s per answer, 3 retries, 5 requests/s, 4 in flight. */
    public static KraviaSettings defaults(URI baseUrl, String token) {
        return new KraviaSettings(baseUrl, token, "", Duration.ofSeconds(10), Duration.ofSeconds(30), 3, 5, 4,
                Duration.ofMillis(500), Duration.ofSeconds(30), 100);
    }

    public KraviaSettings withAuthScheme(String scheme) {
        return new KraviaSettings(baseUrl, token, scheme, connectTimeout, requestTimeout, maxRetries,
                rateLimitPerSecond, maxConcurrency, firstBackoff, maxBackoff, searchPageSize);
    }

    public KraviaSettings withToken(String otherToken) {
        return new KraviaSettings(baseUrl, otherToken, authScheme, connectTimeout, requestTimeout, maxRetries,
                rateLimitPerSecond, maxConcurrency, firstBackoff, maxBackoff, searchPageSize);
    }

    public KraviaSettings withTimeouts(Duration connect, Duration request) {
        return new KraviaSettings(baseUrl, token, authScheme, connect, request, maxRetries,
                rateLimitPerSecond, maxConcurrency, firstBackoff, maxBackoff, searchPageSize);
    }

    public KraviaSettings withRetries(int retries, Duration first, Duration max) {
        return new KraviaSettings(baseUrl, token, authScheme, connectTimeout, requestTimeout, retries,
                rateLimitPerSecond, maxConcurrency, first, max, searchPageSize);
    }

    public KraviaSettings withThrottle(int perSecond, int concurrency) {
        return withThrottle(BigDecimal.valueOf(perSecond), concurrency);
    }

    public KraviaSettings withThrottle(BigDecimal perSecond, int concurrency) {
        return new KraviaSettings(baseUrl, token, authScheme, connectTimeout, requestTimeout, maxRetries,
                perSecond, concurrency, firstBackoff, maxBackoff, searchPageSize);
    }

    public KraviaSettings withSearchPageSize(int pageSize) {
        return new KraviaSettings(baseUrl, token, authScheme, connectTimeout, requestTimeout, maxRetries,
                rateLimitPerSecond, maxConcurrency, firstBackoff, maxBackoff, pageSize);
    }

    /**
     * The value of the {@code Authorization} header (the bare token, or scheme, space, token:
     * docs/kravia-contract.md §2).
     */
    String authorizationHeader() {
        return authScheme.isEmpty() ? token : authScheme + " " + token;
    }

    /** Masks the token in text that came from elsewhere (an error body might echo the header), in any encoding. */
    SecretMask mask() {
        return SecretMask.of(List.of(token));
    }


    @Override
    public String toString() {
        return "KraviaSettings[baseUrl=" + baseUrl + ", token=***, authScheme=" + authScheme
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", maxRetries=" + maxRetries + ", rateLimitPerSecond=" + rateLimitPerSecond.toPlainString()
                + ", maxConcurrency=" + maxConcurrency + ", firstBackoff=" + firstBackoff
                + ", maxBackoff=" + maxBackoff + ", searchPageSize=" + searchPageSize + "]";
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
