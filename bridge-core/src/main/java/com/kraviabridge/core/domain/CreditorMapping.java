package com.kraviabridge.core.domain;

/** One ERP company and the Kravia creditor that collects on its behalf. */
public record CreditorMapping(long companyId, long creditorId) {
}
