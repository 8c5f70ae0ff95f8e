package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Injected failures, seen through a real HTTP client. */
class FaultsTest extends SimulatorTest {

    private static final String REGISTER = "/api/v2/invoice/register";

    @Test
    void throttlingAnswers429WithRetryAfterAndDoesNothing() {
        sim.faults().throttleNext(1, 7);

        Http.Reply throttled = http.post(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "1", "100"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("7");
        assertThat(throttled.json().get("message").asText()).isNotBlank();
        assertThat(sim.invoices(CREDITOR)).isEmpty();
        assertThat(http.post(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "1", "100")).status()).isEqualTo(200);
    }

    @Test
    void serverErrorsForTheNextRequestsThenSuccess() {
        sim.faults().failNext(2, 503).failNext(1, 500);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(http.post(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "1", "100")).status());
        }

        assertThat(statuses).containsExactly(503, 503, 500, 200);
        assertThat(sim.invoices(CREDITOR)).hasSize(1);
        assertThat(sim.faults().armed()).isZero();
        assertThat(sim.requests()).extracting(RecordedRequest::fault).containsExactly("503", "503", "500", null);
    }

    @Test
    void unavailableCarriesRetryAfterToo() {
        sim.faults().unavailableNext(1, 2);
        Http.Reply reply = http.get("/api/v2/invoice/search", TOKEN);
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void faultsCanAimAtOnePath() {
        sim.faults().forPath("invoice/payment").failNext(1, 502);

        long id = register("1", "100");
        assertThat(http.get("/api/v2/invoice/" + id + "/details", TOKEN).status()).isEqualTo(200);
        assertThat(http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "10", id, "10")).status())
                .isEqualTo(502);
        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("100");
        assertThat(http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "10", id, "10")).status())
                .isEqualTo(200);
    }

    @Test
    void aRefusalSaysWhyAndLeavesNothingBehindUntilItIsUsedUp() {
        sim.faults().forPath("invoice/register").refuseNext(1, "The creditor is not activated for B2B claims.");

        var refused = http.post(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "7790", "100"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The creditor is not activated for B2B claims.");
        assertThat(sim.invoices(CREDITOR)).isEmpty();
        assertThat(http.post(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "7790", "100")).status()).isEqualTo(200);
    }

    @Test
    void faultsComeBeforeAuthenticationLikeAGatewaysWould() {
        sim.faults().failNext(1, 500);
        assertThat(http.get("/api/v2/invoice/search", "wrong").status()).isEqualTo(500);
        assertThat(http.get("/api/v2/invoice/search", "wrong").status()).isEqualTo(401);
    }

    @Test
    void timeoutAfterCommitLeavesTheWriteDoneButTheClientWithoutAnswer() {
        sim.faults().forPath("invoice/register").timeoutAfterCommit(1, Duration.ofSeconds(5));
        Http impatient = http.withTimeout(Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.postRaw(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "7781", "100")))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(sim.invoices(CREDITOR)).singleElement()
                .satisfies(created -> assertThat(created.invoiceNo()).isEqualTo("7781"));
        RecordedRequest recorded = sim.requests("POST", "invoice/register").get(0);
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.fault()).isEqualTo("hold");
        // the client's recovery: find the case by its own reference through the search feed
        assertThat(http.get("/api/v2/invoice/search?orderBy=11&byAscending=true&lastUpdatedTime=2025-05-01T09:50:00",
                TOKEN).body()).contains("\"accountingInvoiceId\":\"ERP-7781\"");
    }

    @Test
    void aHeldAnswerDescribesTheStateWhenItWasWorkedOutAndArrivesWhenReleased() throws Exception {
        long id = register("1", "1000");
        HeldAnswer held = sim.faults().forPath("invoice/search").holdNextAnswer();
        java.util.concurrent.CompletableFuture<Http.Reply> search = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> http.get("/api/v2/invoice/search?orderBy=11&byAscending=true", TOKEN));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(held::isHeld);

        // meanwhile other requests go on and change the case the held answer describes
        assertThat(http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "100", id, "100")).status())
                .isEqualTo(200);
        assertThat(search).isNotDone();
        held.release();

        Http.Reply answer = search.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).as("the capital before the payment").contains("\"remainingCapital\":1000")
                .doesNotContain("\"remainingCapital\":900");
        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("900");
        assertThat(http.get("/api/v2/invoice/search?orderBy=11&byAscending=true", TOKEN).body())
                .as("the next one is not held").contains("\"remainingCapital\":900");
    }

    @Test
    void droppedConnectionAfterCommitAlsoLeavesTheWriteDone() {
        long id = register("1", "1000");
        sim.faults().forPath("invoice/payment").dropAfterCommit(1);

        assertThatThrownBy(() -> http.postRaw("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "100", id, "100")))
                .isInstanceOf(IOException.class);

        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("900");
        assertThat(sim.requests("POST", "invoice/payment").get(0).fault()).isEqualTo("drop");
    }

    @Test
    void aServerErrorAfterCommitLeavesEachWriteDoneOnce() {
        sim.faults().forPath("invoice/register").failAfterCommit(1, 500);
        assertThat(http.post(REGISTER, TOKEN, Bodies.caseFor(CREDITOR, "1", "1000")).status()).isEqualTo(500);
        assertThat(sim.invoices(CREDITOR)).singleElement().satisfies(c -> assertThat(c.accountingInvoiceId()).isEqualTo("ERP-1"));
        long id = sim.invoices(CREDITOR).get(0).id();

        sim.faults().forPath("invoice/payment").failAfterCommit(1, 502);
        assertThat(http.post("/api/v2/invoice/payment", TOKEN, Bodies.payment("P", "100", id, "100")).status())
                .isEqualTo(502);
        sim.faults().forPath("invoice/creditnote").failAfterCommit(1, 503);
        assertThat(http.post("/api/v2/invoice/creditnote", TOKEN, Bodies.credit("C", "-50.0", id, "-50.0")).status())
                .isEqualTo(503);

        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("850");
        assertThat(sim.requests()).extracting(RecordedRequest::fault)
                .containsExactly("500 after commit", "502 after commit", "503 after commit");
        assertThat(sim.faults().armed()).isZero();
        assertThatThrownBy(() -> sim.faults().failAfterCommit(1, 404)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        sim.faults().latency(Duration.ofMillis(150));
        long started = System.nanoTime();
        assertThat(http.get("/api/v2/invoice/search", TOKEN).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        sim.faults().clear();
    }

    @Test
    void randomFailuresAreReproducibleBySeed() {
        List<Integer> first = randomRun();
        sim.faults().clear();
        List<Integer> second = randomRun();

        assertThat(first).isEqualTo(second).contains(500, 200);
    }

    private List<Integer> randomRun() {
        sim.faults().failRandomly(0.5, 500, 42L);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(http.get("/api/v2/invoice/search", TOKEN).status());
        }
        return statuses;
    }

    @Test
    void armingNonsenseIsRefused() {
        assertThatThrownBy(() -> sim.faults().failNext(1, 404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sim.faults().throttleNext(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
