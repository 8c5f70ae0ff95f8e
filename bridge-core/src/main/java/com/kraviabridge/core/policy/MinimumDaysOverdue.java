package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Norwegian practice: collection starts no earlier than 14 days after the due date (configurable). */
public final class MinimumDaysOverdue implements EligibilityPolicy {

    private final int minimumDays;
    private final Clock clock;

    public MinimumDaysOverdue(int minimumDays, Clock clock) {
        this.minimumDays = minimumDays;
        this.clock = clock;
    }

    @Override
    public Verdict assess(Invoice invoice) {
        if (invoice.dueDate() == null) {
            return Verdict.rejected("invoice " + invoice.number() + " has no due date");
        }
        LocalDate today = LocalDate.now(clock);
        long overdue = ChronoUnit.DAYS.between(invoice.dueDate(), today);
        if (overdue < minimumDays) {
            // No count of the days so far: a reason that changed every day would open a new to-do every day.
            return Verdict.rejected("invoice " + invoice.number() + " is not yet " + minimumDays + " days overdue (due "
                    + invoice.dueDate() + "); collection starts on " + invoice.dueDate().plusDays(minimumDays));
        }
        return Verdict.allowed();
    }
}
