package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every stage of a settlement's draft, and how a posted draft that no longer matches Kravia's capital is named. */
class DraftReviewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Settlement SETTLEMENT = new Settlement("S-7", 501, DAY, Money.of("975", "NOK"), List.of());
    private static final JournalLine CAPITAL = new JournalLine("1500", 7, "Collected by Kravia: invoice INV/10",
            Money.of("-1000", "NOK"), 10);

    @Test
    void aDraftNotPostedYetAwaitsReview() {
        assertThat(DraftReview.stageOf(Optional.of(new PostedEntry(1, "KRV/1", "R", DAY, false))))
                .isEqualTo(DraftReview.Stage.AWAITING_REVIEW);
    }

    @Test
    void aPostedDraftIsTakenAsTheSettlementsEntry() {
        assertThat(DraftReview.stageOf(Optional.of(new PostedEntry(1, "KRV/1", "R", DAY, true))))
                .isEqualTo(DraftReview.Stage.POSTED);
    }

    @Test
    void noEntryWithTheReferenceMeansTheDraftWasDeleted() {
        assertThat(DraftReview.stageOf(Optional.empty())).isEqualTo(DraftReview.Stage.DELETED);
    }

    @Test
    void aPostedDraftMatchingEveryCapitalLineHasNoMismatch() {
        assertThat(DraftReview.mismatchOf(SETTLEMENT, "KRV/1", List.of())).isEmpty();
    }

    @Test
    void aCapitalLineChangedInReviewIsNamedWithWhatItShouldBeWhatItIsAndTheDifference() {
        assertThat(DraftReview.mismatchOf(SETTLEMENT, "KRV/1",
                List.of(new LineMismatch(CAPITAL, Money.of("-900", "NOK"))))).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("settlement S-7 was posted as KRV/1 with changes to what it collected:")
                        .contains("'Collected by Kravia: invoice INV/10' should be -1000.00 NOK but the entry has"
                                + " -900.00 NOK (a difference of -100.00 NOK)"));
    }

    @Test
    void aCapitalLineRemovedInReviewIsNamedWithNothingFound() {
        assertThat(DraftReview.mismatchOf(SETTLEMENT, "KRV/1", List.of(new LineMismatch(CAPITAL, Money.of("0", "NOK")))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("the entry has 0.00 NOK"));
    }

    @Test
    void theSecondDeletionIsRefusedWithWhatToDo() {
        assertThat(DraftReview.deletedAgain(SETTLEMENT)).contains("S-7").contains("975.00 NOK")
                .contains("does not make it again").contains("by hand");
    }

    @Test
    void theDraftsNoteSaysWhatItIsAndWhatPostingItDoes() {
        assertThat(DraftReview.noteFor(SETTLEMENT)).contains("Kravia settlement S-7").contains("975.00 NOK")
                .contains("draft for review").contains("marks the settlement bookkept");
    }
}
