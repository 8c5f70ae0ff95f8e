package com.kraviabridge.core.port.store;

import com.kraviabridge.core.domain.BoundedText;

import java.time.Instant;

/**
 * Something the bridge could not do and will not guess about: kept with its reason, shown by
 * {@code bridge status --parked}, retried when its data changes.
 *
 * @param key     what is parked, e.g. {@code invoice:1:4711} or {@code payment:1:88}
 * <p>Subject and reason quote data from Odoo and Kravia, of any length; they are kept shortened to what the store
 * holds, so that a record is parked whatever its data (the full data stays in Odoo or Kravia).
 *
 * @param subject what a user recognises: the invoice number, the payment's name
 * @param invoiceId the ERP invoice the record concerns, where the accountant is shown it; null when not known
 */
public record ParkedRecord(String key, long companyId, ParkedKind kind, String subject, String reason,
                           Instant parkedAt, Long invoiceId) {

    /** The longest subject kept, in characters. */
    public static final int SUBJECT_LENGTH = 500;
    /** The longest reason kept, in characters. */
    public static final int REASON_LENGTH = 10_000;

    public ParkedRecord {
        subject = BoundedText.shortened(subject, SUBJECT_LENGTH);
        reason = BoundedText.shortened(reason, REASON_LENGTH);
    }

    /** A record whose invoice is not known. */
    public ParkedRecord(String key, long companyId, ParkedKind kind, String subject, String reason,
                        Instant parkedAt) {
        this(key, companyId, kind, subject, reason, parkedAt, null);
    }
}
