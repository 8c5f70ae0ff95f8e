package com.kraviabridge.core.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything Kravia tells about one case.
 *
 * @param originalAmount the capital the case was registered with (null when Kravia did not say)
 */
public record CaseDetails(CaseSnapshot snapshot, Money fees, Money interest, String closeReason,
                          List<TimelineEntry> timeline, List<RecordedPayment> payments, Money originalAmount) {

    public CaseDetails {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }

    /** Details without the original amount. */
    public CaseDetails(CaseSnapshot snapshot, Money fees, Money interest, String closeReason,
                       List<TimelineEntry> timeline, List<RecordedPayment> payments) {
        this(snapshot, fees, interest, closeReason, timeline, payments, null);
    }

    public record TimelineEntry(LocalDate date, String status, String description) {
    }

    /** A payment or credit Kravia has on the case; {@code kind} is DIRECT, CREDIT or COLLECTED. */
    public record RecordedPayment(LocalDate date, Money amount, String accountingPaymentId, String kind) {
    }

    public LocalDateTime lastUpdated() {
        return snapshot.lastUpdated();
    }

    /** True when Kravia already holds the payment or credit we sent under this reference. */
    public boolean holdsPayment(String accountingPaymentId) {
        return payments.stream().anyMatch(p -> accountingPaymentId.equals(p.accountingPaymentId()));
    }
}
