package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchLimitsTest extends SimulatorTest {

    @Override
    SimulatorSettings settings() {
        return super.settings().withPageSizes(3, 5);
    }

    @Test
    void topDefaultsToThePageSizeAndIsCutToTheMaximum() {
        for (int i = 1; i <= 8; i++) {
            register(Integer.toString(i), "100");
        }
        assertThat(http.get("/api/v2/invoice/search?orderBy=11", TOKEN).json().get("data")).hasSize(3);
        Http.Reply big = http.get("/api/v2/invoice/search?orderBy=11&top=1000", TOKEN);
        assertThat(big.json().get("data")).hasSize(5);
        assertThat(big.json().get("totalCount").asInt()).isEqualTo(8);
    }
}
