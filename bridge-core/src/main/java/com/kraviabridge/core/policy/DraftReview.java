package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.Settlement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Settlements booked for review ({@code settlement.post = draft}): the bridge makes the entry as a draft, and a
 * person posts it. Kravia hears that the settlement is bookkept only once the entry is posted, and only when the
 * posted entry still settles the invoices with exactly Kravia's capital; what the person changed elsewhere is
 * theirs to decide.
 */
public final class DraftReview {

    /** Where a settlement's draft stands in the ERP. */
    public enum Stage {
        /** The draft is there, not posted yet: nothing to do but wait. */
        AWAITING_REVIEW,
        /** No entry carries the settlement's reference any more: the draft was deleted (or cancelled). */
        DELETED,
        /** A person posted it: reconcile it with the invoices, then tell Kravia. */
        POSTED
    }

    private DraftReview() {
    }

    public static Stage stageOf(Optional<PostedEntry> inErp) {
        return inErp.map(e -> e.posted() ? Stage.POSTED : Stage.AWAITING_REVIEW).orElse(Stage.DELETED);
    }

    /** The internal note of the draft, saying what it is and what posting it does. */
    public static String noteFor(Settlement settlement) {
        return "Kravia settlement " + settlement.id() + ": a payout of " + settlement.amount() + ", made by Kravia"
                + " Bridge as a draft for review. Post it and the bridge reconciles it with the invoices and marks"
                + " the settlement bookkept in Kravia. Deleted, it is made once more.";
    }

    /**
     * Why a posted entry cannot be taken as Kravia's settlement: the capital lines it no longer matches, each with
     * its difference; empty when every capital line matches.
     */
    public static Optional<String> mismatchOf(Settlement settlement, String moveName, List<LineMismatch> mismatches) {
        if (mismatches.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("settlement " + settlement.id() + " was posted as " + moveName + " with changes to what it"
                + " collected: " + mismatches.stream().map(DraftReview::describe).collect(Collectors.joining("; "))
                + "; the lines that match were reconciled, and Kravia is told once the rest is settled by hand");
    }

    /** The second draft of a settlement was deleted too: a person evidently books it another way. */
    public static String deletedAgain(Settlement settlement) {
        return "the draft entry of settlement " + settlement.id() + " of " + settlement.amount() + " was deleted in"
                + " Odoo after it had been made once more; the bridge does not make it again: book it by hand and"
                + " mark it bookkept in Kravia";
    }

    private static String describe(LineMismatch mismatch) {
        return "'" + mismatch.expected().label() + "' should be " + mismatch.expected().amount() + " but the entry has "
                + mismatch.found() + " (a difference of " + mismatch.difference() + ")";
    }
}
