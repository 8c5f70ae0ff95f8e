package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Invoice;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalRuleTest {

    private static final Clock CLOCK = Clock.fixed(Invoices.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static ApprovalRule rule(ApprovalRule.Mode mode, Integer afterDays) {
        return new ApprovalRule(mode, afterDays == null ? OptionalInt.empty() : OptionalInt.of(afterDays), CLOCK);
    }

    @Test
    void automaticWithoutAnAgeLimitLetsEveryInvoiceGoAndNeedsNoDesk() {
        ApprovalRule automatic = rule(ApprovalRule.Mode.AUTOMATIC, null);
        assertThat(automatic.waitingReason(Invoices.dueDaysAgo(400))).isEmpty();
        assertThat(automatic.mayWait()).isFalse();
        assertThat(automatic.setting()).isEmpty();
    }

    @Test
    void manualMakesEveryInvoiceWaitUntilItIsApproved() {
        ApprovalRule manual = rule(ApprovalRule.Mode.MANUAL, null);
        Invoice invoice = Invoices.dueDaysAgo(20);
        assertThat(manual.waitingReason(invoice)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("INV/2026/00042").contains("collection.approval = manual").contains("Approved for Kravia"));
        assertThat(manual.waitingReason(invoice.withMarks(false, true))).isEmpty();
        assertThat(manual.mayWait()).isTrue();
        assertThat(manual.setting()).hasValue("collection.approval = manual");
    }

    @Test
    void manualIgnoresTheAgeLimit() {
        assertThat(rule(ApprovalRule.Mode.MANUAL, 60).waitingReason(Invoices.dueDaysAgo(20))).isPresent();
    }

    @Test
    void theAgeLimitHoldsOnlyInvoicesOverdueByMoreThanItsDays() {
        ApprovalRule limit = rule(ApprovalRule.Mode.AUTOMATIC, 60);
        assertThat(limit.waitingReason(Invoices.dueDaysAgo(60))).as("60 days is not more than 60").isEmpty();
        assertThat(limit.waitingReason(Invoices.dueDaysAgo(61))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("more than 60 days").contains("collection.approval-after-days-overdue"));
        assertThat(limit.waitingReason(Invoices.dueDaysAgo(61).withMarks(false, true))).isEmpty();
        assertThat(limit.setting()).hasValue("collection.approval-after-days-overdue = 60");
    }

    @Test
    void theReasonOfAWaitingInvoiceDoesNotChangeFromDayToDay() {
        ApprovalRule today = rule(ApprovalRule.Mode.AUTOMATIC, 60);
        ApprovalRule tomorrow = new ApprovalRule(ApprovalRule.Mode.AUTOMATIC, OptionalInt.of(60),
                Clock.offset(CLOCK, java.time.Duration.ofDays(1)));
        Invoice invoice = Invoices.dueDaysAgo(70);
        assertThat(tomorrow.waitingReason(invoice)).isPresent().isEqualTo(today.waitingReason(invoice));
    }
}
