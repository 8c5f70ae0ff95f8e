package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.AllocationKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classification order, including the kinds the simulator cannot produce (bank statement lines and
 * exchange-difference entries are not seeded there).
 */
class CounterpartKindTest {

    private static CounterpartClassifier.Move move(long id, String type, String ref, long statementLine, long payment) {
        return new CounterpartClassifier.Move(id, "MISC/1", type, ref, LocalDate.of(2025, 1, 1), 1, 2, 1, 3, "NOK", 0,
                statementLine, payment);
    }

    @Test
    void the_other_side_is_classified_most_specific_first() {
        assertThat(CounterpartClassifier.kindOf(move(1, "out_refund", null, 0, 0), null, Set.of()))
                .isEqualTo(AllocationKind.CREDIT_NOTE);
        CounterpartClassifier.Payment payment = new CounterpartClassifier.Payment(7, 1, 2, null, BigDecimal.TEN, "x");
        assertThat(CounterpartClassifier.kindOf(move(1, "entry", null, 0, 7), payment, Set.of()))
                .isEqualTo(AllocationKind.CUSTOMER_PAYMENT);
        assertThat(CounterpartClassifier.kindOf(move(1, "entry", "Bank", 9, 0), null, Set.of()))
                .isEqualTo(AllocationKind.BANK_STATEMENT);
        assertThat(CounterpartClassifier.kindOf(move(1, "entry", null, 0, 0), null, Set.of(1L)))
                .isEqualTo(AllocationKind.EXCHANGE_DIFFERENCE);
        assertThat(CounterpartClassifier.kindOf(move(1, "entry", "KRAVIA-SETTLEMENT-42", 0, 0), null, Set.of()))
                .isEqualTo(AllocationKind.BRIDGE_ENTRY);
        assertThat(CounterpartClassifier.kindOf(move(1, "entry", "kravia-settlement-42", 0, 0), null, Set.of()))
                .as("the marker is exact").isEqualTo(AllocationKind.OTHER_ENTRY);
        assertThat(CounterpartClassifier.kindOf(move(1, "entry", "Write-off", 0, 0), null, Set.of()))
                .isEqualTo(AllocationKind.OTHER_ENTRY);
    }
}
