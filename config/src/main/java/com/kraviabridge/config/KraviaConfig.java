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
 * @param payouts             how Kravia's payouts are told from customers' payments, unless a company says otherwise
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
        PayoutConfig payouts) {

    /** Odoo partner id of Kravia, so its payouts are not mistaken for customers' payments. */
    public OptionalLong payoutPartnerId() {
        return payouts.partnerId();
    }

    /** Odoo journal codes where Kravia's payouts land, for the same reason. */
    public List<String> payoutJournals() {
        return payouts.journals();
    }
}
