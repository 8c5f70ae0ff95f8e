package com.kraviabridge.sim.kravia;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Everything about the simulated Kravia that a test or the demo may want to change. Start from
 * {@link #defaults()} and adjust with the {@code with...} methods.
 *
 * @param baseClock         the clock the simulated time runs on (plus whatever the test advances); a fixed clock
 *                          makes every timestamp reproducible
 * @param firstStepDays     days a case stays {@code REGISTERED} before the collection notice
 * @param stepDays          days per later step (notice, demand, legal notice, awaiting approval)
 * @param legalDays         days in {@code LEGAL} without result before the case goes to monitoring
 * @param limitationYears   years after the due date when a monitored case is written off
 * @param approvalDecision  what happens after {@code stepDays} in {@code AWAITING_APPROVAL} when the creditor has not
 *                          chosen ({@code LEGAL} or {@code MONITORING}); null waits for {@code decide(...)}
 * @param settleDaily       whether each simulated midnight pays out what was collected the day before
 * @param defaultTop        page size of {@code invoice/search} when {@code top} is not given
 * @param maxTop            larger {@code top} values are cut to this
 * @param webhookAttempts   tries per webhook delivery, the first included
 * @param webhookBackoff    wait before the second try; doubled for each further one
 * @param webhookTimeout    how long one try waits for the receiver's answer
 */
public record SimulatorSettings(Clock baseClock, int firstStepDays, int stepDays, int legalDays,
                                int limitationYears, CaseStatus approvalDecision, Tariff tariff,
                                AllocationOrder allocation, boolean settleDaily, int defaultTop, int maxTop,
                                int webhookAttempts, Duration webhookBackoff, Duration webhookTimeout,
                                WebhookSigner signatureRule) {

    public SimulatorSettings {
        Objects.requireNonNull(baseClock, "baseClock");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(signatureRule, "signatureRule");
        if (approvalDecision != null && approvalDecision != CaseStatus.LEGAL
                && approvalDecision != CaseStatus.MONITORING) {
            throw new IllegalArgumentException("approvalDecision must be LEGAL, MONITORING or null");
        }
        if (firstStepDays < 1 || stepDays < 1 || legalDays < 1 || webhookAttempts < 1 || defaultTop < 1
                || maxTop < defaultTop) {
            throw new IllegalArgumentException("day counts, attempts and page sizes must be positive");
        }
    }

    public static SimulatorSettings defaults() {
        return new SimulatorSettings(Clock.systemUTC(), 14, 14, 180, 3, null, Tariff.standard(),
                AllocationOrder.FEES_INTEREST_CAPITAL, true, 25, 100, 4, Duration.ofMillis(200),
                Duration.ofSeconds(5), WebhookSigners.primary());
    }

    /** Simulated time starts at {@code start} and stands still until the test advances it. */
    public SimulatorSettings withFixedStart(Instant start) {
        return withBaseClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    public SimulatorSettings withBaseClock(Clock clock) {
        return new SimulatorSettings(clock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, allocation, settleDaily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withSteps(int firstStepDays, int stepDays) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, allocation, settleDaily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withApprovalDecision(CaseStatus decision) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, decision,
                tariff, allocation, settleDaily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withTariff(Tariff newTariff) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                newTariff, allocation, settleDaily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withAllocation(AllocationOrder order) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, order, settleDaily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withSettleDaily(boolean daily) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, allocation, daily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withPageSizes(int newDefaultTop, int newMaxTop) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, allocation, settleDaily, newDefaultTop, newMaxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, signatureRule);
    }

    public SimulatorSettings withWebhookRetries(int attempts, Duration backoff, Duration timeout) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, allocation, settleDaily, defaultTop, maxTop, attempts, backoff, timeout, signatureRule);
    }

    public SimulatorSettings withSignatureRule(WebhookSigner rule) {
        return new SimulatorSettings(baseClock, firstStepDays, stepDays, legalDays, limitationYears, approvalDecision,
                tariff, allocation, settleDaily, defaultTop, maxTop, webhookAttempts, webhookBackoff,
                webhookTimeout, rule);
    }
}
