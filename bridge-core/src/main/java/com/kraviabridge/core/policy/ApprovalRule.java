package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which eligible invoices wait for an accountant's approval in Odoo ("Approved for Kravia") before they go:
 * every one when approval is manual; when it is automatic, those overdue by more than the configured number of
 * days, because old claims cost more at Kravia and are the ones customers dispute. An approved invoice never
 * waits. Waiting is not a fault: nothing is wrong with the invoice, a person has only to say yes.
 */
public final class ApprovalRule {

    /** {@code collection.approval}. */
    public enum Mode { AUTOMATIC, MANUAL }

    private final Mode mode;
    private final OptionalInt afterDaysOverdue;
    private final Clock clock;

    public ApprovalRule(Mode mode, OptionalInt afterDaysOverdue, Clock clock) {
        this.mode = mode;
        this.afterDaysOverdue = afterDaysOverdue;
        this.clock = clock;
    }

    /** No invoice waits: the bridge's behaviour before there was a desk in Odoo. */
    public static ApprovalRule automatic(Clock clock) {
        return new ApprovalRule(Mode.AUTOMATIC, OptionalInt.empty(), clock);
    }

    /** Whether some invoice may wait: then Odoo must have the field an accountant approves with. */
    public boolean mayWait() {
        return mode == Mode.MANUAL || afterDaysOverdue.isPresent();
    }

    /** The setting that makes invoices wait, as the administrator wrote it; empty when none does. */
    public Optional<String> setting() {
        if (mode == Mode.MANUAL) {
            return Optional.of("collection.approval = manual");
        }
        return afterDaysOverdue.isPresent()
                ? Optional.of("collection.approval-after-days-overdue = " + afterDaysOverdue.getAsInt())
                : Optional.empty();
    }

    /**
     * Why the invoice waits for approval; empty when it may go now. The reason stays the same from day to day, so
     * that a waiting invoice is not written again on every run.
     */
    public Optional<String> waitingReason(Invoice invoice) {
        if (invoice.approved()) {
            return Optional.empty();
        }
        String approve = "; tick \"Approved for Kravia\" on the invoice in Odoo to let it go";
        if (mode == Mode.MANUAL) {
            return Optional.of("invoice " + invoice.number() + " waits for approval (collection.approval = manual)"
                    + approve);
        }
        if (afterDaysOverdue.isEmpty() || invoice.dueDate() == null) {
            return Optional.empty();
        }
        long overdue = ChronoUnit.DAYS.between(invoice.dueDate(), LocalDate.now(clock));
        int limit = afterDaysOverdue.getAsInt();
        return overdue > limit
                ? Optional.of("invoice " + invoice.number() + " is overdue by more than " + limit + " days (due "
                        + invoice.dueDate() + "; collection.approval-after-days-overdue) and waits for approval" + approve)
                : Optional.empty();
    }
}
