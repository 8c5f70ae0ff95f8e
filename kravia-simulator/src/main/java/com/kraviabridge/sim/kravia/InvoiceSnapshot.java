package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An immutable copy of one case (or invoicing document) at the moment it was taken.
 *
 * @param lastUpdatedTime UTC, at 100 ns resolution (the wire shows it zone-less with 7 fraction digits)
 * @param registeredOn    the simulated day the case was handed over
 */
public record InvoiceSnapshot(long id, long creditorId, long debtorId, ClaimType claimType, String invoiceNo,
                              String accountingInvoiceId, LocalDate invoiceDate, LocalDate dueDate,
                              LocalDate registeredOn, String currencyCode, BigDecimal originalAmount,
                              BigDecimal remainingCapital, BigDecimal fees, BigDecimal interest, CaseStatus status,
                              CloseReason closeReason, LocalDateTime lastUpdatedTime, List<TimelineEntry> timeline,
                              List<PaymentEntry> payments) {

    public InvoiceSnapshot {
        timeline = List.copyOf(timeline);
        payments = List.copyOf(payments);
    }

    /** What the debtor still owes in total: capital, fees and interest. */
    public BigDecimal outstanding() {
        return remainingCapital.add(fees).add(interest);
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }
}
