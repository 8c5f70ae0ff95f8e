package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

/**
 * How a collection case moves (docs/kravia-contract.md §8): each simulated day accrues interest on the capital and,
 * after the configured number of days in a stage, steps to the next one, charging that stage's fee. Creditor actions
 * from the portal (pause, resume, withdraw, the decision after the legal notice) are here too. Every status change goes
 * through {@link ChangeRecorder}. Called under the simulator's lock.
 */
final class Lifecycle {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final SimulatorSettings settings;
    private final ChangeRecorder changes;

    Lifecycle(SimulatorSettings settings, ChangeRecorder changes) {
        this.settings = settings;
        this.changes = changes;
    }

    void runDay(Collection<CaseFile> cases, LocalDate day) {
        for (CaseFile c : cases) {
            if (c.claimType() != ClaimType.COLLECTION_CASE || c.closed()) {
                continue;
            }
            accrueInterest(c);
            if (c.status() == CaseStatus.PAUSED) {
                continue;
            }
            c.dayPassed();
            stepIfDue(c, day);
        }
    }

    /**
     * Interest is rounded to whole øre per day and accrues silently: it changes no status, so it neither bumps
     * {@code lastUpdatedTime} nor calls the webhook (otherwise every open case would change every day).
     */
    private void accrueInterest(CaseFile c) {
        BigDecimal daily = c.capital().multiply(settings.tariff().annualInterestRate())
                .divide(DAYS_PER_YEAR, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        if (daily.signum() > 0) {
            c.addInterest(daily);
        }
    }

    private void stepIfDue(CaseFile c, LocalDate day) {
        Tariff tariff = settings.tariff();
        switch (c.status()) {
            case REGISTERED -> stepAfter(c, settings.firstStepDays(), CaseStatus.COLLECTION_NOTICE,
                    tariff.collectionNoticeFee(), day, "Collection notice sent with a 14-day deadline");
            case COLLECTION_NOTICE -> stepAfter(c, settings.stepDays(), CaseStatus.PAYMENT_DEMAND,
                    tariff.paymentDemandFee(), day, "Payment demand sent; collection fee added");
            case PAYMENT_DEMAND -> stepAfter(c, settings.stepDays(), CaseStatus.LEGAL_NOTICE,
                    tariff.legalNoticeFee(), day, "Notice of legal action sent");
            case LEGAL_NOTICE -> stepAfter(c, settings.stepDays(), CaseStatus.AWAITING_APPROVAL, Money.ZERO, day,
                    "Waiting for the creditor to choose legal action, monitoring or withdrawal");
            case AWAITING_APPROVAL -> {
                if (settings.approvalDecision() != null) {
                    stepAfter(c, settings.stepDays(), settings.approvalDecision(), Money.ZERO, day,
                            describeDecision(settings.approvalDecision()));
                }
            }
            case LEGAL -> stepAfter(c, settings.legalDays(), CaseStatus.MONITORING, Money.ZERO, day,
                    "No result from legal action; the debtor is monitored");
            case MONITORING -> {
                if (!day.isBefore(c.dueDate().plusYears(settings.limitationYears()))) {
                    c.close(CloseReason.WRITTEN_OFF, day, "Claim time-barred; written off");
                    changes.changed(c);
                }
            }
            default -> {
            }
        }
    }

    private void stepAfter(CaseFile c, int days, CaseStatus next, BigDecimal fee, LocalDate day, String description) {
        if (c.daysInStage() < days) {
            return;
        }
        if (fee.signum() > 0) {
            c.addFee(fee);
        }
        c.enter(next, day, description);
        changes.changed(c);
    }

    void pause(CaseFile c, LocalDate day) {
        if (!c.status().pausable()) {
            throw new IllegalStateException("case " + c.id() + " cannot be paused in status " + c.status());
        }
        c.pause(day, "Paused by the creditor");
        changes.changed(c);
    }

    void resume(CaseFile c, LocalDate day) {
        if (c.status() != CaseStatus.PAUSED) {
            throw new IllegalStateException("case " + c.id() + " is not paused but " + c.status());
        }
        c.resume(day, "Resumed by the creditor");
        changes.changed(c);
    }

    void withdraw(CaseFile c, LocalDate day) {
        if (!c.status().withdrawable()) {
            throw new IllegalStateException("case " + c.id() + " is already closed");
        }
        c.close(CloseReason.WITHDRAWN, day, "Withdrawn by the creditor");
        changes.changed(c);
    }

    void writeOff(CaseFile c, LocalDate day) {
        if (c.closed()) {
            throw new IllegalStateException("case " + c.id() + " is already closed");
        }
        c.close(CloseReason.WRITTEN_OFF, day, "Written off");
        changes.changed(c);
    }

    /** The creditor's answer to {@code AWAITING_APPROVAL}: {@code LEGAL} or {@code MONITORING}. */
    void decide(CaseFile c, CaseStatus decision, LocalDate day) {
        if (c.status() != CaseStatus.AWAITING_APPROVAL) {
            throw new IllegalStateException("case " + c.id() + " awaits no decision; it is " + c.status());
        }
        if (decision != CaseStatus.LEGAL && decision != CaseStatus.MONITORING) {
            throw new IllegalArgumentException("the decision is LEGAL or MONITORING, not " + decision);
        }
        c.enter(decision, day, describeDecision(decision));
        changes.changed(c);
    }

    private static String describeDecision(CaseStatus decision) {
        return decision == CaseStatus.LEGAL ? "Creditor approved legal action" : "Case moved to monitoring";
    }
}
