package com.kraviabridge.core.domain;

/**
 * What an ERP invoice shows of its Kravia case: the case id and its status ({@code null} when there is none to
 * show).
 */
public record CaseShown(long invoiceId, long kraviaInvoiceId, String status) {
}
