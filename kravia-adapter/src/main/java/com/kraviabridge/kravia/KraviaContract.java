package com.kraviabridge.kravia;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Every path, parameter and convention of Kravia's API v2 in one place, with what Kravia's guide
 * says about it. Where Kravia is silent the choice is the project's contract (docs/kravia-contract.md); changing one of
 * those guesses should touch this class (or {@link KraviaAnswers} for the shapes of answers) and nothing else.
 */
final class KraviaContract {

    private KraviaContract() {
    }

    /** Documented (docs/kravia-contract.md §1): every current endpoint lives under this prefix. */
    public static final String API_PREFIX = "/api/v2/";

    // ---- documented paths (docs/kravia-contract.md §3) ----
    public static final String REGISTER = "invoice/register";
    public static final String PAYMENT = "invoice/payment";
    public static final String CREDIT_NOTE = "invoice/creditnote";
    public static final String SEARCH = "invoice/search";

    public static String details(long invoiceId) {
        return "invoice/" + invoiceId + "/details";
    }

    public static final String SETTLEMENTS = "settlements";

    public static String bookkeep(String settlementId) {
        return "settlements/" + settlementId + "/bookkeep";
    }

    public static String webhook(long creditorId) {
        return "creditor/" + creditorId + "/webhook";
    }

    // ---- documented query parameters (E4, E10, E11) ----
    public static final String LAST_UPDATED_TIME = "lastUpdatedTime";
    public static final String ORDER_BY = "orderBy";
    /** Documented (E4): sort key 11 is the last-updated time. */
    public static final String ORDER_BY_LAST_UPDATED = "11";
    public static final String BY_ASCENDING = "byAscending";
    public static final String SKIP = "skip";
    public static final String TOP = "top";
    /** Documented in PascalCase (E10). */
    public static final String EXCLUDE_CLOSED = "ExcludeClosed";
    public static final String INTERNAL_ACCOUNTING_ID = "internalAccountingId";

    /** Documented (E1): the claim type that forwards an overdue invoice to collection. */
    public static final String CLAIM_TYPE_COLLECTION_CASE = "CollectionCase";

    // ---- errors (adopted, docs/kravia-contract.md §5; Kravia documents none) ----
    /** Refused for good: the same request fails again. */
    public static final Set<Integer> PERMANENT_STATUSES = Set.of(400, 404, 409, 422);
    /** Bad or insufficient credentials: permanent, and the message names the creditor. */
    public static final Set<Integer> CREDENTIAL_STATUSES = Set.of(401, 403);
    /**
     * Refused before any work; may succeed later, so retried blind. Every 5xx counts too on a call that may be
     * repeated; on a write that may not, a 5xx is an unknown outcome, looked up before any new attempt.
     */
    public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429);
    /** Statuses on which {@code Retry-After} (seconds) is honoured. */
    public static final Set<Integer> RETRY_AFTER_STATUSES = Set.of(429, 503);
    /**
     * A gateway timeout means the gateway gave up waiting for Kravia, which may still have done the work:
     * on a write that cannot be repeated safely it is an unknown outcome, not a failure (our choice).
     */
    public static final int GATEWAY_TIMEOUT = 504;

    // ---- time (docs/kravia-contract.md §1: documented format, zone and bound inclusiveness not documented) ----
    /**
     * Kravia's zone-less timestamps are read and written as UTC (docs/kravia-contract.md §1), the same convention the
     * core uses for the {@code LocalDateTime} values on the ports.
     */
    public static final ZoneOffset TIME_ZONE = ZoneOffset.UTC;

    /** .NET's resolution: the search bound is written with 7 fraction digits, i.e. 100 ns ticks. */
    public static final Duration TICK = Duration.ofNanos(100);

    /**
     * The search bound actually sent for "changed at or after {@code from}": one tick earlier, so the feed
     * keeps every case stamped exactly {@code from} whether Kravia's bound is inclusive (adopted) or exclusive
     * (undocumented; docs/kravia-contract.md §7). The cases this brings back twice are removed by id.
     */
    public static LocalDateTime searchBoundFor(LocalDateTime from) {
        return from.minus(TICK);
    }

    /** Where the feed starts when the caller has no cursor yet: before any case can exist. */
    public static final LocalDateTime BEGINNING_OF_FEED = LocalDateTime.of(2000, 1, 1, 0, 0);

    /**
     * Looking a case up after an unknown outcome searches from the attempt's time minus this margin, for
     * clock skew between us and Kravia (no lookup by our reference is documented: docs/kravia-contract.md §6).
     */
    public static final Duration LOOKUP_MARGIN = Duration.ofMinutes(10);

    // ---- shapes of values Kravia leaves out (adopted, docs/kravia-contract.md §4) ----
    /** Status given to a freshly registered case whose answer carries none. */
    public static final String STATUS_WHEN_REGISTERED = "REGISTERED";
    /** Status kept when a listed case carries none: stored as text like any unknown value. */
    public static final String STATUS_WHEN_MISSING = "UNKNOWN";
    /**
     * Currency assumed when an answer states none: the payment and settlement calls carry no currency
     * code, and Kravia's creditors are Norwegian first (docs/kravia-contract.md §1).
     */
    public static final String CURRENCY_WHEN_MISSING = "NOK";
}
