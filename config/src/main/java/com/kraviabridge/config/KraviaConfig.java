package com.kraviabridge.config;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where and how to reach Kravia ({@code kravia.*}).
 *
 * @param url                 scheme, host and port only, without a trailing slash; the client appends /api/v2/…
 * @param authScheme          word put before the token in the Authorization header; empty sends the bare token
 * @param rateLimit           requests per second, all threads together
 * @param payoutPartnerId     Odoo partner id of Kravia, so its payouts are not mistaken for customers' payments
 * @param payoutJournals      Odoo journal codes where Kravia's payouts land, for the same reason
 */
public record KraviaConfig(
        URI url,
        Secret token,
        String authScheme,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxConcurrency,
        BigDecimal rateLimit,
        int maxRetries,
        OptionalLong payoutPartnerId,
        List<String> payoutJournals) {

    public KraviaConfig {
        payoutJournals = List.copyOf(payoutJournals);
    }
}
