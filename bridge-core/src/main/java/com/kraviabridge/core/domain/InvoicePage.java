package com.kraviabridge.core.domain;

import java.util.List;

/** Invoices in ascending id order; {@code lastId} is the keyset cursor for the next page. */
public record InvoicePage(List<Invoice> invoices, long lastId, boolean last) {
}
