package com.kraviabridge.core.port.store;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationOutcomeTest {

    @Test
    void theCodesAreTheWordsStoresAlreadyHold() {
        assertThat(Arrays.stream(AllocationOutcome.values()).map(AllocationOutcome::code)).containsExactly(
                "payment", "credit", "refused", "bridge-entry", "exchange-difference", "kravia-payout", "unclassified",
                "before-forwarding");
    }

    @Test
    void everyOutcomeIsFoundByItsCode() {
        for (AllocationOutcome outcome : AllocationOutcome.values()) {
            assertThat(AllocationOutcome.ofCode(outcome.code())).isSameAs(outcome);
        }
    }

    @Test
    void anUnknownCodeIsNamedInTheError() {
        assertThatThrownBy(() -> AllocationOutcome.ofCode("ignored")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ignored'");
        assertThatThrownBy(() -> AllocationOutcome.ofCode("PAYMENT")).isInstanceOf(IllegalArgumentException.class);
    }
}
