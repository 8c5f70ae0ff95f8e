package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapitalCapTest {

    private static CollectionCase forwarded(long invoiceId, Money capital) {
        return new CollectionCase(1, invoiceId, "INV/" + invoiceId, 501, 880_000 + invoiceId, "C-1", 7,
                CaseStatus.REGISTERED, null, capital, null, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static Allocation paid(long id, long invoiceId, Money amount) {
        return new Allocation(id, 1, invoiceId, AllocationKind.CUSTOMER_PAYMENT, amount, LocalDate.of(2026, 11, 20),
                100 + id, "PBNK/" + id, 50L, "BNK", 7, null, 0);
    }

    private static Money nok(String amount) {
        return Money.of(amount, "NOK");
    }

    @Test
    void exactlyTheCapitalGoesWholeWithNoExcess() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("400"))), Map.of(10L, forwarded(10, nok("400"))));

        assertThat(capped.parts()).containsExactly(new CasePart(880_010, nok("400")));
        assertThat(capped.sentPerAllocation()).containsExactly(Map.entry(1L, nok("400")));
        assertThat(capped.excess()).isEmpty();
        assertThat(capped.total()).isEqualTo(nok("400"));
    }

    @Test
    void belowTheCapitalGoesWhole() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("150.50"))), Map.of(10L, forwarded(10, nok("400"))));

        assertThat(capped.parts()).containsExactly(new CasePart(880_010, nok("150.50")));
        assertThat(capped.excess()).isEmpty();
    }

    @Test
    void aboveTheCapitalIsCutToItAndTheRestIsExcess() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("1000"))), Map.of(10L, forwarded(10, nok("400"))));

        assertThat(capped.parts()).containsExactly(new CasePart(880_010, nok("400")));
        assertThat(capped.sentPerAllocation()).containsExactly(Map.entry(1L, nok("400")));
        assertThat(capped.excess()).containsExactly(Map.entry(1L, nok("600")));
    }

    @Test
    void noCapitalLeftSendsNothingAndAllIsExcess() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("100"))), Map.of(10L, forwarded(10, nok("0"))));

        assertThat(capped.sendsNothing()).isTrue();
        assertThat(capped.sentPerAllocation()).containsExactly(Map.entry(1L, nok("0")));
        assertThat(capped.excess()).containsExactly(Map.entry(1L, nok("100")));
        assertThatThrownBy(capped::total).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aCapitalBelowZeroTakesNothingRatherThanANegativePart() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("100"))), Map.of(10L, forwarded(10, nok("-50"))));

        assertThat(capped.sendsNothing()).isTrue();
        assertThat(capped.sentPerAllocation()).containsExactly(Map.entry(1L, nok("0")));
        assertThat(capped.excess()).containsExactly(Map.entry(1L, nok("100")));
    }

    @Test
    void unknownCapitalCountsAsNone() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("100"))), Map.of(10L, forwarded(10, null)));

        assertThat(capped.sendsNothing()).isTrue();
        assertThat(capped.excess()).containsExactly(Map.entry(1L, nok("100")));
    }

    @Test
    void capitalInAnotherCurrencyIsNeverConvertedAndCountsAsNone() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("100"))),
                Map.of(10L, forwarded(10, Money.of("5000", "SEK"))));

        assertThat(capped.sendsNothing()).isTrue();
        assertThat(capped.sentPerAllocation()).containsExactly(Map.entry(1L, nok("0")));
        assertThat(capped.excess()).containsExactly(Map.entry(1L, nok("100")));
    }

    @Test
    void allocationsOnOneCaseShareItsCapitalInTheirOrder() {
        CapitalCap.Capped capped = CapitalCap.apply(
                List.of(paid(1, 10, nok("300")), paid(2, 10, nok("300")), paid(3, 10, nok("50"))),
                Map.of(10L, forwarded(10, nok("400"))));

        assertThat(capped.parts()).containsExactly(new CasePart(880_010, nok("400")));
        assertThat(capped.sentPerAllocation()).containsExactly(
                Map.entry(1L, nok("300")), Map.entry(2L, nok("100")), Map.entry(3L, nok("0")));
        assertThat(capped.excess()).containsExactly(Map.entry(2L, nok("200")), Map.entry(3L, nok("50")));
    }

    @Test
    void onePartPerCaseInTheOrderTheCasesFirstAppear() {
        CapitalCap.Capped capped = CapitalCap.apply(
                List.of(paid(1, 11, nok("100")), paid(2, 10, nok("200")), paid(3, 11, nok("50"))),
                Map.of(10L, forwarded(10, nok("1000")), 11L, forwarded(11, nok("1000"))));

        assertThat(capped.parts()).containsExactly(new CasePart(880_011, nok("150")), new CasePart(880_010, nok("200")));
        assertThat(capped.total()).isEqualTo(nok("350"));
        assertThat(capped.excess()).isEmpty();
    }

    @Test
    void aCaseWithoutCapitalDoesNotHoldBackTheOthers() {
        CapitalCap.Capped capped = CapitalCap.apply(List.of(paid(1, 10, nok("100")), paid(2, 11, nok("100"))),
                Map.of(10L, forwarded(10, nok("0")), 11L, forwarded(11, nok("500"))));

        assertThat(capped.parts()).containsExactly(new CasePart(880_011, nok("100")));
        assertThat(capped.excess()).containsExactly(Map.entry(1L, nok("100")));
    }
}
