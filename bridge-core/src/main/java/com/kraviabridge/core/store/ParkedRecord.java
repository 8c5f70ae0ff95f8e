package com.kraviabridge.core.store;

import java.time.Instant;

/**
 * Something the bridge could not do and will not guess about: kept with its reason, shown by
 * {@code bridge status --parked}, retried when its data changes.
 *
 * @param key     what is parked, e.g. {@code invoice:1:4711} or {@code payment:1:88}
 * @param subject what a user recognises: the invoice number, the payment's name
 */
public record ParkedRecord(String key, long companyId, String kind, String subject, String reason, Instant parkedAt) {
}
