package com.kraviabridge.sim.kravia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The case lifecycle on the simulated clock (docs/kravia-contract.md §8). */
class LifecycleTest extends SimulatorTest {

    @Test
    void aCaseStepsEveryFourteenDaysChargingEachStagesFee() {
        long id = register("1", "10000.00");

        sim.clock().advanceDays(13);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.REGISTERED);
        sim.clock().advanceDays(1);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.COLLECTION_NOTICE);
        assertThat(sim.invoice(id).fees()).isEqualByComparingTo("35");
        sim.clock().advanceDays(14);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.PAYMENT_DEMAND);
        assertThat(sim.invoice(id).fees()).isEqualByComparingTo("385");
        sim.clock().advanceDays(14);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.LEGAL_NOTICE);
        assertThat(sim.invoice(id).fees()).isEqualByComparingTo("1085");
        sim.clock().advanceDays(14);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        sim.clock().advanceDays(60);
        assertThat(sim.invoice(id).status()).as("waits for the creditor").isEqualTo(CaseStatus.AWAITING_APPROVAL);

        InvoiceSnapshot decided = sim.decide(id, CaseStatus.LEGAL);
        assertThat(decided.status()).isEqualTo(CaseStatus.LEGAL);
        assertThat(decided.timeline()).extracting(TimelineEntry::status).containsExactly(CaseStatus.REGISTERED,
                CaseStatus.COLLECTION_NOTICE, CaseStatus.PAYMENT_DEMAND, CaseStatus.LEGAL_NOTICE,
                CaseStatus.AWAITING_APPROVAL, CaseStatus.LEGAL);
        assertThat(decided.timeline().get(1).date()).isEqualTo(LocalDate.parse("2025-05-15"));
    }

    @Test
    void interestAccruesDailyOnTheCapital() {
        long id = register("1", "10000.00");
        sim.clock().advanceDays(10);
        // 10000 * 12.5 % / 365 = 3.42 per day
        assertThat(sim.invoice(id).interest()).isEqualByComparingTo("34.20");
    }

    @Test
    void everyStatusChangeBumpsLastUpdatedTimeButInterestAloneDoesNot() {
        long id = register("1", "1000");
        LocalDateTime registered = sim.invoice(id).lastUpdatedTime();
        sim.clock().advanceDays(5);
        assertThat(sim.invoice(id).lastUpdatedTime()).isEqualTo(registered);
        sim.clock().advanceDays(9);
        LocalDateTime noticed = sim.invoice(id).lastUpdatedTime();
        assertThat(noticed).isAfter(registered);
        assertThat(noticed.toLocalDate()).isEqualTo(LocalDate.parse("2025-05-15"));
    }

    @Test
    void timestampsIncreaseStrictlyEvenWithoutTimePassing() {
        long a = register("1", "100");
        long b = register("2", "100");
        long c = register("3", "100");
        assertThat(sim.invoice(b).lastUpdatedTime()).isAfter(sim.invoice(a).lastUpdatedTime());
        assertThat(sim.invoice(c).lastUpdatedTime()).isAfter(sim.invoice(b).lastUpdatedTime());
    }

    @Test
    void pausingStopsTheProcessAndResumingContinuesWhereItStood() {
        long id = register("1", "1000");
        sim.clock().advanceDays(10);
        assertThat(sim.pause(id).status()).isEqualTo(CaseStatus.PAUSED);
        sim.clock().advanceDays(30);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.PAUSED);
        assertThat(sim.resume(id).status()).isEqualTo(CaseStatus.REGISTERED);
        sim.clock().advanceDays(4);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.COLLECTION_NOTICE);
        assertThatThrownBy(() -> sim.resume(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawingClosesTheCase() {
        long id = register("1", "1000");
        InvoiceSnapshot withdrawn = sim.withdraw(id);
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(withdrawn.closeReason()).isEqualTo(CloseReason.WITHDRAWN);
        sim.clock().advanceDays(30);
        assertThat(sim.invoice(id).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void monitoringEndsInWriteOffWhenTheClaimIsTimeBarred() {
        long id = register("1", "1000");
        sim.clock().advanceDays(56);
        sim.decide(id, CaseStatus.MONITORING);
        // due 2025-03-15, so time-barred three years later
        sim.clock().advanceDays((int) java.time.temporal.ChronoUnit.DAYS.between(
                sim.clock().today(), LocalDate.parse("2028-03-15")));
        assertThat(sim.invoice(id).closeReason()).isEqualTo(CloseReason.WRITTEN_OFF);
    }
}
