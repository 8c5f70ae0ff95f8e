package com.kraviabridge.core.domain;

import java.time.LocalDateTime;

/** A case as Kravia's change feed reports it. */
public record CaseSnapshot(long kraviaInvoiceId, long creditorId, String accountingInvoiceId, String invoiceNumber,
                           CaseStatus status, Money remainingCapital, LocalDateTime lastUpdated) {
}
