package com.kraviabridge.core.port.store;

import java.time.Instant;
import java.time.LocalDateTime;

/** One status a case went through, as Kravia reported it. */
public record StatusChange(long creditorId, long kraviaInvoiceId, long invoiceId, String status, String closeReason,
                           LocalDateTime kraviaUpdatedAt, Instant recordedAt) {
}
