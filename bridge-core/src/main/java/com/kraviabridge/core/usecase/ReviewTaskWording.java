package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.BoundedText;
import com.kraviabridge.core.domain.ReviewTask;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the accountant reads on the to-do of a record kept for review: a title that begins with "Kravia" and says
 * what is held up, and a note with the reason and what to do about it.
 */
final class ReviewTaskWording {

    /** Odoo shows a summary on one line; a long invoice number or payment name is shortened to fit. */
    static final int SUMMARY_LENGTH = 120;
    /** Feedback when the record went through after all. */
    static final String WENT_THROUGH = "Kravia Bridge: resolved, the record went through.";
    /** Feedback when a person took the record off the list. */
    static final String DISMISSED = "Kravia Bridge: dismissed with bridge dismiss.";
    /** Feedback when the record is still kept, for another reason that has a to-do of its own. */
    static final String REASON_CHANGED = "Kravia Bridge: the reason changed; see the new to-do.";

    private ReviewTaskWording() {
    }

    static ReviewTask taskFor(ParkedRecord r) {
        return new ReviewTask(r.invoiceId(), summary(r), note(r));
    }

    static String summary(ParkedRecord r) {
        String subject = r.subject() == null ? "" : r.subject();
        String text = switch (r.kind()) {
            case INVOICE -> "Kravia: invoice " + subject + " not handed over";
            case PAYMENT -> "Kravia: payment " + subject + " not sent";
            case CREDIT -> "Kravia: credit note " + subject + " not sent";
            case SETTLEMENT -> "Kravia: settlement " + subject + " not booked";
            case EXCESS -> "Kravia: " + subject + " is more than Kravia still collects";
            case UNDONE -> "Kravia: payment " + subject + " undone after it was sent";
            default -> "Kravia: " + subject + " kept for review";
        };
        return BoundedText.shortened(text, SUMMARY_LENGTH);
    }

    static String note(ParkedRecord r) {
        String fix = switch (r.kind()) {
            case INVOICE, PAYMENT, CREDIT, SETTLEMENT -> "Correct what the reason names; the bridge tries again on"
                    + " its next run and marks this to-do done once it goes through.";
            case EXCESS, UNDONE -> "Kravia cannot take this back by itself: deal with it as the reason says.";
            default -> "Deal with it as the reason says.";
        };
        String several = r.kind() == ParkedKind.SETTLEMENT
                ? "\nA settlement can concern several invoices; this to-do is on the first of them." : "";
        return "Kept for review by the Kravia Bridge: " + r.reason() + "\n" + fix + several
                + "\nOnce dealt with, take it off the list with: bridge dismiss " + r.key();
    }

    /** Tells whether a record still says what its task was opened for. */
    static String digest(ParkedRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((r.invoiceId() + "\n" + summary(r) + "\n" + r.reason())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
