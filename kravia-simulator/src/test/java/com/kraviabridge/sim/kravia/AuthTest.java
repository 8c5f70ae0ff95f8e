package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthTest extends SimulatorTest {

    @Test
    void missingTokenIs401WithTheErrorBody() {
        Http.Reply reply = http.get("/api/v2/invoice/search", null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void unknownTokenIs401AndChangesNothing() {
        Http.Reply reply = http.post("/api/v2/invoice/register", "wrong-token", Bodies.caseFor(CREDITOR, "1", "100"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(sim.invoices(CREDITOR)).isEmpty();
    }

    @Test
    void bareTokenAndBearerSchemeAreBothAccepted() {
        assertThat(http.get("/api/v2/invoice/search", TOKEN).status()).isEqualTo(200);
        assertThat(http.get("/api/v2/invoice/search", "Bearer " + TOKEN).status()).isEqualTo(200);
        assertThat(http.get("/api/v2/invoice/search", "Bearer  wrong").status()).isEqualTo(401);
    }

    @Test
    void tokenOfAnotherCreditorIs403OnRegister() {
        Http.Reply reply = http.post("/api/v2/invoice/register", OTHER_TOKEN, Bodies.caseFor(CREDITOR, "1", "100"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("message").asText()).contains("501");
        assertThat(sim.invoices(CREDITOR)).isEmpty();
    }

    @Test
    void tokenOfAnotherCreditorIs403OnWebhookDetailsAndPayments() {
        long id = register("7781", "1000");
        assertThat(http.put("/api/v2/creditor/501/webhook", OTHER_TOKEN,
                "{\"url\":\"http://127.0.0.1:9/x\",\"secret\":\"s\",\"enabled\":true}").status()).isEqualTo(403);
        assertThat(http.get("/api/v2/invoice/" + id + "/details", OTHER_TOKEN).status()).isEqualTo(403);
        assertThat(http.post("/api/v2/invoice/payment", OTHER_TOKEN, Bodies.payment("P1", "100", id, "100")).status())
                .isEqualTo(403);
        assertThat(sim.invoice(id).remainingCapital()).isEqualByComparingTo("1000");
    }

    @Test
    void searchOnlyShowsTheTokensOwnCreditors() {
        register("1", "100");
        assertThat(http.get("/api/v2/invoice/search", OTHER_TOKEN).json().get("totalCount").asInt()).isZero();
        assertThat(http.get("/api/v2/invoice/search", TOKEN).json().get("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void aPartnerTokenActsForEveryCreditorItWasGiven() {
        sim.addCreditor(601, "partner").addCreditor(602, "partner");
        assertThat(http.post("/api/v2/invoice/register", "partner", Bodies.caseFor(601, "1", "100")).status())
                .isEqualTo(200);
        assertThat(http.post("/api/v2/invoice/register", "partner", Bodies.caseFor(602, "2", "100")).status())
                .isEqualTo(200);
        assertThat(http.post("/api/v2/invoice/register", "partner", Bodies.caseFor(CREDITOR, "3", "100")).status())
                .isEqualTo(403);
        assertThat(http.get("/api/v2/invoice/search?creditorId=602", "partner").json().get("totalCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void unknownPathsAndMethodsAreRefused() {
        assertThat(http.get("/api/v2/nothing/here", TOKEN).status()).isEqualTo(404);
        assertThat(http.get("/elsewhere", TOKEN).status()).isEqualTo(404);
        Http.Reply wrongMethod = http.get("/api/v2/invoice/register", TOKEN);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    }
}
