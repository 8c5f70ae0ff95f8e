package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh simulator per test, with two creditors and a fixed start in time. */
abstract class SimulatorTest {

    static final long CREDITOR = 501;
    static final long OTHER_CREDITOR = 502;
    static final String TOKEN = "token-501";
    static final String OTHER_TOKEN = "token-502";
    static final Instant START = Instant.parse("2025-05-01T10:00:00Z");

    KraviaSimulator sim;
    Http http;

    SimulatorSettings settings() {
        return SimulatorSettings.defaults().withFixedStart(START);
    }

    @BeforeEach
    void startSimulator() {
        sim = KraviaSimulator.start(settings());
        sim.addCreditor(CREDITOR, TOKEN).addCreditor(OTHER_CREDITOR, OTHER_TOKEN);
        http = new Http(sim.baseUrl());
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    /** Registers a case over HTTP and returns its id. */
    long register(String invoiceNo, String amount) {
        Http.Reply reply = http.post("/api/v2/invoice/register", TOKEN, Bodies.caseFor(CREDITOR, invoiceNo, amount));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("id").asLong();
    }
}
