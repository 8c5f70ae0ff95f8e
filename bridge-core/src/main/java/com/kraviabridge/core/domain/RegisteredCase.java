package com.kraviabridge.core.domain;

import java.time.LocalDateTime;

/** Kravia's answer to a registration, or a case found again by our own reference. */
public record RegisteredCase(long kraviaInvoiceId, String accountingInvoiceId, CaseStatus status,
                             Money remainingCapital, LocalDateTime lastUpdated) {
}
