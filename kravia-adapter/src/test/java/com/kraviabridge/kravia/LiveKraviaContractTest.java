package com.kraviabridge.kravia;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The collector contract against a live Kravia, when {@code KRAVIA_URL}, {@code KRAVIA_TOKEN} and
 * {@code KRAVIA_CREDITOR_ID} are set. Point it at a TEST creditor only: it registers real cases. With the
 * variables set, a server that does not answer fails the run; without them the class is skipped.
 */
class LiveKraviaContractTest extends KraviaCollectorContract {

    private static final String SKIPPED = "live Kravia contract skipped: set KRAVIA_URL, KRAVIA_TOKEN and "
            + "KRAVIA_CREDITOR_ID (a test creditor) to run it";

    private static KraviaSettings settings;
    private static KraviaAdapter kravia;
    private static long creditorId;

    @BeforeAll
    static void connect() {
        String url = System.getenv("KRAVIA_URL");
        String token = System.getenv("KRAVIA_TOKEN");
        String creditor = System.getenv("KRAVIA_CREDITOR_ID");
        if (!(isSet(url) && isSet(token) && isSet(creditor))) {
            return; // each test reports the skip with its reason (a class-level skip shows as "0 tests" in Maven)
        }
        settings = KraviaSettings.defaults(URI.create(url), token)
                .withAuthScheme(System.getenv().getOrDefault("KRAVIA_AUTH_SCHEME", ""));
        kravia = new KraviaAdapter(settings);
        creditorId = Long.parseLong(creditor.trim());
        kravia.checkAccess(creditorId); // fails the run at once when the server does not answer
    }

    @BeforeEach
    void requireLiveKravia() {
        Assumptions.assumeTrue(kravia != null, SKIPPED);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    protected KraviaAdapter kravia() {
        return kravia;
    }

    @Override
    protected KraviaAdapter kraviaWithToken(String token) {
        return new KraviaAdapter(settings.withToken(token));
    }

    @Override
    protected long creditorId() {
        return creditorId;
    }

    @Override
    protected LocalDateTime kraviaNow() {
        // our clock stands in for Kravia's; the lookups allow a margin for the difference
        return LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);
    }

    @Override
    protected void collectInFullAndSettle(long kraviaInvoiceId) {
        Assumptions.abort("a live Kravia cannot be made to collect and pay out on demand");
    }

    @Override
    protected Duration visibleWithin() {
        return Duration.ofSeconds(60);
    }
}
