package com.kraviabridge.kravia;

import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.kravia.SimulatorSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/** The collector contract against the Kravia simulator, in every build. */
class SimulatedKraviaContractTest extends KraviaCollectorContract {

    static final long CREDITOR = 501;
    static final String TOKEN = "token-501";

    private static KraviaSimulator simulator;
    private static KraviaAdapter kravia;

    @BeforeAll
    static void start() {
        simulator = KraviaSimulator.start(SimulatorSettings.defaults()
                .withFixedStart(Instant.parse("2025-05-02T08:00:00Z")));
        simulator.addCreditor(CREDITOR, TOKEN);
        kravia = new KraviaAdapter(settings(simulator, TOKEN));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** Quick timeouts and backoff so that faults cost milliseconds, not the production seconds. */
    static KraviaSettings settings(KraviaSimulator simulator, String token) {
        return KraviaSettings.defaults(URI.create(simulator.baseUrl()), token)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(3))
                .withThrottle(1000, 8);
    }

    @Override
    protected KraviaAdapter kravia() {
        return kravia;
    }

    @Override
    protected KraviaAdapter kraviaWithToken(String token) {
        return new KraviaAdapter(settings(simulator, token));
    }

    @Override
    protected long creditorId() {
        return CREDITOR;
    }

    @Override
    protected LocalDateTime kraviaNow() {
        return simulator.clock().utcNow();
    }

    @Override
    protected void collectInFullAndSettle(long kraviaInvoiceId) {
        simulator.debtorPaysInFull(kraviaInvoiceId);
        simulator.settleNow(CREDITOR);
    }

    @Override
    protected Duration visibleWithin() {
        return Duration.ofSeconds(2);
    }
}
