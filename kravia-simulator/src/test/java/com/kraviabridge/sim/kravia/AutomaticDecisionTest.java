package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutomaticDecisionTest extends SimulatorTest {

    @Override
    SimulatorSettings settings() {
        return super.settings().withSteps(1, 2).withApprovalDecision(CaseStatus.MONITORING);
    }

    @Test
    void shorterStepsAndAnAutomaticDecisionCarryACaseThroughOnTheirOwn() {
        long id = register("1", "1000");
        sim.clock().advanceDays(1);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.COLLECTION_NOTICE);
        sim.clock().advanceDays(8);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.MONITORING);
    }
}
