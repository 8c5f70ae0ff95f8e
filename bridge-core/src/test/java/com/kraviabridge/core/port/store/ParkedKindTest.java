package com.kraviabridge.core.port.store;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkedKindTest {

    @Test
    void theCodesAreTheWordsStoresAlreadyHoldAndStatusShows() {
        assertThat(Arrays.stream(ParkedKind.values()).map(ParkedKind::code))
                .containsExactly("invoice", "payment", "credit", "settlement", "excess", "undone", "awaiting-approval");
    }

    @Test
    void onlyAnInvoiceWaitingForApprovalNeedsNoReview() {
        assertThat(Arrays.stream(ParkedKind.values()).filter(k -> !k.needsReview()))
                .containsExactly(ParkedKind.AWAITING_APPROVAL);
    }

    @Test
    void everyKindIsFoundByItsCode() {
        for (ParkedKind kind : ParkedKind.values()) {
            assertThat(ParkedKind.ofCode(kind.code())).isSameAs(kind);
        }
    }

    @Test
    void anUnknownCodeIsNamedInTheError() {
        assertThatThrownBy(() -> ParkedKind.ofCode("INVOICE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'INVOICE'");
    }
}
