package com.kraviabridge.kravia;

import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.kravia.ScriptedServer.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The transport rules that the simulator's faults do not reach. */
@Tag("slow")
class KraviaTransportTest {

    private static final long CREDITOR = 501;

    private ScriptedServer kravia;

    @BeforeEach
    void start() throws Exception {
        kravia = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        kravia.close();
    }

    private KraviaSettings settings() {
        return KraviaSettings.defaults(kravia.baseUrl(), "tok-123")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))
                .withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(2))
                .withThrottle(1000, 4);
    }

    @Test
    void theTokenIsSentAsConfigured() {
        new KraviaAdapter(settings()).settlements().openSettlements(CREDITOR);
        new KraviaAdapter(settings().withAuthScheme("Bearer")).settlements().openSettlements(CREDITOR);

        assertThat(kravia.requests()).extracting(ScriptedServer.Request::authorization)
                .containsExactly("tok-123", "Bearer tok-123");
        assertThat(kravia.requests().get(0).path()).isEqualTo("/api/v2/settlements");
        assertThat(kravia.requests().get(0).query()).isEqualTo("ExcludeClosed=true");
    }

    @Test
    void aBaseUrlWithTrailingSlashMakesNoDoubleSlash() {
        KraviaSettings slash = settings();
        slash = new KraviaSettings(URI.create(kravia.baseUrl() + "/"), slash.token(), "", slash.connectTimeout(),
                slash.requestTimeout(), 0, 100, 1, slash.firstBackoff(), slash.maxBackoff(), 10);

        new KraviaAdapter(slash).settlements().markBookkept(CREDITOR, "S 1/2", "ODOO/BNK1/0007");

        assertThat(kravia.requests().get(0).method()).isEqualTo("PATCH");
        assertThat(kravia.requests().get(0).path()).isEqualTo("/api/v2/settlements/S 1/2/bookkeep");
        assertThat(kravia.requests().get(0).query()).isEqualTo("internalAccountingId=ODOO%2FBNK1%2F0007");
    }

    @Test
    void aGatewayTimeoutOnARegistrationIsAnUnknownOutcomeAndNotRepeated() {
        kravia.then(Answer.json(504, "upstream timed out"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> new KraviaAdapter(settings()).cases()
                .register(Cases.overdueInvoice(CREDITOR, "R-1", "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
        assertThat(kravia.requests()).hasSize(1);
    }

    @Test
    void aGatewayTimeoutOnAReadIsRetried() {
        kravia.then(Answer.json(504, "")).then(Answer.json(200, "[]"));

        assertThat(new KraviaAdapter(settings()).settlements().openSettlements(CREDITOR)).isEmpty();
        assertThat(kravia.requests()).hasSize(2);
    }

    @Test
    void theListenerHearsOfEveryRequestAndRetryByKindWithoutIdentifiers() {
        kravia.then(Answer.json(504, "")).then(Answer.json(200, "[]")).then(Answer.json(200, ""));
        List<String> heard = new ArrayList<>();
        RemoteCallListener listener = new RemoteCallListener() {
            @Override
            public void answered(String method, String outcome, Duration took) {
                assertThat(took).isPositive();
                heard.add(method + " " + outcome);
            }

            @Override
            public void retrying(String method) {
                heard.add("retrying " + method);
            }
        };
        KraviaAdapter adapter = new KraviaAdapter(settings(), listener);

        adapter.settlements().openSettlements(CREDITOR);
        adapter.settlements().markBookkept(CREDITOR, "S-77", "ODOO/BNK1/0007");

        assertThat(heard).containsExactly("GET settlements retryable", "retrying GET settlements",
                "GET settlements ok", "PATCH settlements/{id}/bookkeep ok");
    }

    @Test
    void aRequestTimeoutOnAPaymentIsAnUnknownOutcome() {
        kravia.then(Answer.never());

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> new KraviaAdapter(settings()).cases()
                .registerPayment(CREDITOR, Cases.payment("P-1", 1, "10")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
        assertThat(failure.getMessage()).contains("POST invoice/payment").contains("no answer within the request timeout");
        assertThat(kravia.requests()).hasSize(1);
    }

    @Test
    void aRequestTimeoutOnAReadIsRetried() {
        kravia.then(Answer.never()).then(Answer.json(200, "[]"));

        assertThat(new KraviaAdapter(settings()).settlements().openSettlements(CREDITOR)).isEmpty();
        assertThat(kravia.requests()).hasSize(2);
    }

    @Test
    void aRegistrationAnsweredWithoutIdIsAnUnknownOutcome() {
        kravia.then(Answer.json(200, "{\"status\":\"REGISTERED\"}"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> new KraviaAdapter(settings()).cases()
                .register(Cases.overdueInvoice(CREDITOR, "R-2", "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.OUTCOME_UNKNOWN);
    }

    @Test
    void anUnreadableReadIsPermanent() {
        kravia.then(Answer.json(200, "<html>maintenance</html>"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> new KraviaAdapter(settings()).feed().details(CREDITOR, 5));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("could not be read");
    }

    @Test
    void aRetryAfterLongerThanWeBlockIsHandedToTheCaller() {
        kravia.then(Answer.withHeader(429, "Retry-After", "3600"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> new KraviaAdapter(settings()).feed().details(CREDITOR, 5));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.RETRYABLE);
        assertThat(failure.retryAfter()).contains(Duration.ofHours(1));
        assertThat(kravia.requests()).hasSize(1);
    }

    @Test
    void retriesStopAfterTheConfiguredNumber() {
        kravia.then(Answer.json(500, "")).then(Answer.json(502, "")).then(Answer.json(503, "")).then(Answer.json(200, "[]"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> new KraviaAdapter(settings()).settlements().openSettlements(CREDITOR));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.RETRYABLE);
        assertThat(failure.getMessage()).contains("HTTP 503");
        assertThat(kravia.requests()).hasSize(3);
    }

    @Test
    void aRefusedConnectionIsRetryableEvenForAWrite() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KraviaSettings nobody = new KraviaSettings(URI.create("http://127.0.0.1:" + closedPort), "tok-123", "",
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 100, 1, Duration.ofMillis(10), Duration.ofMillis(50), 10);

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> new KraviaAdapter(nobody).cases()
                .register(Cases.overdueInvoice(CREDITOR, "R-3", "100")));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.RETRYABLE);
        assertThat(failure.getMessage()).contains("could not reach Kravia").doesNotContain("tok-123");
    }

    @Test
    void aTokenEchoedInAnErrorBodyIsBlankedOut() {
        kravia.then(Answer.json(400, "{\"message\":\"bad header tok-123\",\"errors\":{\"auth\":[\"tok-123 unknown\"]}}"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> new KraviaAdapter(settings()).cases()
                .register(Cases.overdueInvoice(CREDITOR, "R-4", "100")));

        assertThat(failure.describe()).doesNotContain("tok-123").contains("bad header ****");
    }

    @Test
    void aTokenEscapedInsideAnErrorBodyIsBlankedOutAfterDecoding() {
        kravia.then(Answer.json(400, "{\"message\":\"bad token \\u0074ok-123\",\"errors\":{\"auth\":"
                + "[\"tok%2D123 unknown\", \"header dG9rLTEyMw==\"]}}"));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class, () -> new KraviaAdapter(settings()).cases()
                .register(Cases.overdueInvoice(CREDITOR, "R-5", "100")));

        assertThat(failure.describe()).doesNotContain("tok-123").doesNotContain("tok%2D123")
                .doesNotContain("dG9rLTEy").contains("bad token ****").contains("**** unknown");
    }

    @Test
    void noMoreRequestsThanAllowedAreInFlight() {
        kravia.delayAnswers(Duration.ofMillis(150));
        KraviaAdapter adapter = new KraviaAdapter(settings().withThrottle(1000, 2));

        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CompletableFuture.runAsync(() -> adapter.settlements().openSettlements(CREDITOR), callers));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        } finally {
            callers.shutdown();
        }

        assertThat(kravia.requests()).hasSize(6);
        assertThat(kravia.mostInFlight()).isEqualTo(2);
    }

    @Test
    void noMoreRequestsPerSecondThanAllowedAreStarted() {
        KraviaAdapter adapter = new KraviaAdapter(settings().withThrottle(3, 4)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)));

        for (int i = 0; i < 7; i++) {
            adapter.settlements().openSettlements(CREDITOR);
        }

        // one start every 333 ms: the 7th starts six intervals after the first
        Duration spread = Duration.between(kravia.requests().get(0).at(), kravia.requests().get(6).at());
        assertThat(spread).isGreaterThan(Duration.ofMillis(1900));
    }

    @Test
    void aFractionalRateIsHonouredRatherThanRoundedUp() {
        KraviaAdapter adapter = new KraviaAdapter(settings().withThrottle(new java.math.BigDecimal("2.5"), 4)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)));

        for (int i = 0; i < 4; i++) {
            adapter.settlements().openSettlements(CREDITOR);
        }

        // 2.5 per second is one start every 400 ms; rounded up to 3 per second the spread would be 1 s or less
        Duration spread = Duration.between(kravia.requests().get(0).at(), kravia.requests().get(3).at());
        assertThat(spread).isGreaterThan(Duration.ofMillis(1150));
    }
}
