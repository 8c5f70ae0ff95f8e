package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.usecase.status.StatusUpdates.KraviaView;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What Kravia's view of a case changes in the bridge, one rule at a time. */
class StatusUpdatesTest {

    private static final LocalDateTime SEEN = LocalDateTime.parse("2026-11-01T10:00:00");
    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
    private static final CollectionCase STORED = new CollectionCase(1, 100, "INV/100", 77, 5000, "D", 5,
            CaseStatus.REGISTERED, null, Money.of("1000.00", "NOK"), SEEN, Instant.EPOCH);

    private static CaseSnapshot snapshot(String status, String capital, LocalDateTime at) {
        return new CaseSnapshot(5000, 77, "100", "INV/100", new CaseStatus(status), Money.of(capital, "NOK"), at);
    }

    private static StatusUpdates judge(CaseSnapshot snapshot, CaseDetails details) {
        return StatusUpdates.judge(Map.of(5000L, STORED), new KraviaView(List.of(snapshot),
                details == null ? Map.of() : Map.of(5000L, details)), NOW);
    }

    @Test
    void aNewStatusIsStoredKeptInTheHistoryAndToldWithFeesAndInterest() {
        CaseSnapshot notice = snapshot("COLLECTION_NOTICE", "1000.00", SEEN.plusDays(15));
        CaseDetails details = new CaseDetails(notice, Money.of("70.00", "NOK"), Money.of("4.10", "NOK"), null,
                List.of(), List.of());

        StatusUpdates updates = judge(notice, details);

        assertThat(updates.changedCases()).singleElement().satisfies(c -> {
            assertThat(c.status().value()).isEqualTo("COLLECTION_NOTICE");
            assertThat(c.kraviaUpdatedAt()).isEqualTo(SEEN.plusDays(15));
        });
        assertThat(updates.statusChanges()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("COLLECTION_NOTICE");
            assertThat(c.recordedAt()).isEqualTo(NOW);
        });
        assertThat(updates.notes()).singleElement().satisfies(n -> assertThat(n.text())
                .contains("status COLLECTION_NOTICE, was REGISTERED").contains("fees 70.00 NOK")
                .contains("interest 4.10 NOK"));
        assertThat(updates.news()).singleElement().asString().contains("REGISTERED -> COLLECTION_NOTICE");
        assertThat(updates.unchanged()).isZero();
    }

    @Test
    void aClosedCaseTakesItsReasonFromTheDetails() {
        CaseSnapshot closed = snapshot("CLOSED", "0.00", SEEN.plusDays(3));
        CaseDetails details = new CaseDetails(closed, null, null, "PAID", List.of(), List.of());

        StatusUpdates updates = judge(closed, details);

        assertThat(updates.changedCases()).singleElement().extracting(CollectionCase::closeReason).isEqualTo("PAID");
        assertThat(updates.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("CLOSED (PAID)")
                .doesNotContain("fees"));
    }

    @Test
    void capitalAloneIsStoredWithoutANote() {
        StatusUpdates updates = judge(snapshot("REGISTERED", "600.00", SEEN.plusDays(1)), null);

        assertThat(updates.changedCases()).singleElement().extracting(CollectionCase::remainingCapital)
                .isEqualTo(Money.of("600.00", "NOK"));
        assertThat(updates.statusChanges()).isEmpty();
        assertThat(updates.notes()).isEmpty();
        assertThat(updates.unchanged()).isEqualTo(1);
    }

    @Test
    void aSnapshotOlderThanWhatWasSeenChangesNothing() {
        StatusUpdates updates = judge(snapshot("COLLECTION_NOTICE", "900.00", SEEN.minusSeconds(1)), null);

        assertThat(updates.changedCases()).isEmpty();
        assertThat(updates.notes()).isEmpty();
        assertThat(updates.unchanged()).isEqualTo(1);
        assertThat(StatusUpdates.statusMoved(Map.of(5000L, STORED), new KraviaView(
                List.of(snapshot("COLLECTION_NOTICE", "900.00", SEEN.minusSeconds(1))), Map.of())))
                .as("no details read for it").isEmpty();
    }

    @Test
    void theSameSnapshotAgainChangesNothing() {
        StatusUpdates updates = judge(snapshot("REGISTERED", "1000.00", SEEN), null);

        assertThat(updates.changedCases()).isEmpty();
        assertThat(updates.unchanged()).isEqualTo(1);
    }

    @Test
    void aCaseTwiceInOneBatchIsJudgedAgainstItsEarlierSnapshot() {
        CaseSnapshot notice = snapshot("COLLECTION_NOTICE", "1000.00", SEEN.plusDays(1));
        CaseSnapshot demand = snapshot("PAYMENT_DEMAND", "1000.00", SEEN.plusDays(2));

        StatusUpdates updates = StatusUpdates.judge(Map.of(5000L, STORED), new KraviaView(List.of(notice, demand),
                Map.of()), NOW);

        assertThat(updates.changedCases()).singleElement().extracting(c -> c.status().value())
                .isEqualTo("PAYMENT_DEMAND");
        assertThat(updates.news()).containsExactly(
                "case 5000 (invoice INV/100): REGISTERED -> COLLECTION_NOTICE",
                "case 5000 (invoice INV/100): COLLECTION_NOTICE -> PAYMENT_DEMAND");
    }

    @Test
    void aCaseTheBridgeDoesNotKnowIsLeftAlone() {
        StatusUpdates updates = StatusUpdates.judge(Map.of(), new KraviaView(
                List.of(snapshot("COLLECTION_NOTICE", "1000.00", SEEN.plusDays(1))), Map.of()), NOW);

        assertThat(updates.changedCases()).isEmpty();
        assertThat(updates.unchanged()).isZero();
    }
}
