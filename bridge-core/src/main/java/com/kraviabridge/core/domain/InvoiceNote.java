package com.kraviabridge.core.domain;

/** A note for the users of the ERP, on one invoice. */
public record InvoiceNote(long invoiceId, String text) {
}
