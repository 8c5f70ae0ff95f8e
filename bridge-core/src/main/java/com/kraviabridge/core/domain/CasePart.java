package com.kraviabridge.core.domain;

/** The share of a payment or credit that belongs to one Kravia case; always a positive amount. */
public record CasePart(long kraviaInvoiceId, Money amount) {
}
