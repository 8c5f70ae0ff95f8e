package com.kraviabridge.core.domain;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Our record of an invoice forwarded to Kravia.
 *
 * @param kraviaInvoiceId  Kravia's id of the case (its {@code invoiceId}, the webhook's {@code claimId})
 * @param remainingCapital the capital Kravia still collects, as last reported or as we reduced it
 * @param kraviaUpdatedAt  Kravia's {@code lastUpdatedTime} of the status we hold, zone-less UTC
 */
public record CollectionCase(long companyId, long invoiceId, String invoiceNumber, long creditorId,
                             long kraviaInvoiceId, String debtorNumber, long partnerId, CaseStatus status,
                             String closeReason, Money remainingCapital, LocalDateTime kraviaUpdatedAt,
                             Instant forwardedAt) {

    public boolean isOpen() {
        return !status.isClosed();
    }

    public CollectionCase withStatus(CaseStatus newStatus, String newCloseReason, Money newRemaining,
                                     LocalDateTime updatedAt) {
        return new CollectionCase(companyId, invoiceId, invoiceNumber, creditorId, kraviaInvoiceId, debtorNumber,
                partnerId, newStatus, newCloseReason, newRemaining, updatedAt, forwardedAt);
    }

    public CollectionCase withRemainingCapital(Money newRemaining) {
        return new CollectionCase(companyId, invoiceId, invoiceNumber, creditorId, kraviaInvoiceId, debtorNumber,
                partnerId, status, closeReason, newRemaining, kraviaUpdatedAt, forwardedAt);
    }
}
