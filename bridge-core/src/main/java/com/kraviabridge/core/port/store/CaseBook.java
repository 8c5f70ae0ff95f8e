package com.kraviabridge.core.port.store;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.Money;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Store port: the case map, our record of every forwarded invoice and its Kravia case. */
public interface CaseBook {

    /** Inserts the case or replaces the one stored for the same company and invoice. */
    void save(CollectionCase collectionCase);

    Optional<CollectionCase> byInvoice(long companyId, long invoiceId);

    Optional<CollectionCase> byKraviaId(long creditorId, long kraviaInvoiceId);

    /** The stored cases among the given invoices, keyed by invoice id. */
    Map<Long, CollectionCase> byInvoices(long companyId, Collection<Long> invoiceIds);

    /** Cases of the company with invoice id above {@code afterInvoiceId}, ascending; {@code openOnly} skips closed ones. */
    List<CollectionCase> page(long companyId, boolean openOnly, long afterInvoiceId, int limit);

    /** Cases of every company whose invoice has this number (numbers are unique per company only). */
    List<CollectionCase> byInvoiceNumber(String invoiceNumber);

    long count(long companyId, boolean openOnly);

    /**
     * How many open cases each company has, for every company with any: also companies no longer mapped to a
     * creditor, whose cases the bridge then no longer follows.
     */
    Map<Long, Long> openCasesByCompany();

    /**
     * The stored cases among the given Kravia cases of a creditor, keyed by Kravia's id. The default asks one
     * case at a time; stores override it with one read per batch.
     */
    default Map<Long, CollectionCase> byKraviaIds(long creditorId, Collection<Long> kraviaInvoiceIds) {
        Map<Long, CollectionCase> found = new java.util.LinkedHashMap<>();
        for (Long id : new java.util.LinkedHashSet<>(kraviaInvoiceIds)) {
            byKraviaId(creditorId, id).ifPresent(c -> found.put(id, c));
        }
        return found;
    }

    /**
     * Lowers the remaining capital of cases by what the bridge just sent to Kravia for them (payments, credits),
     * never below zero, and only where the amount is in the capital's currency. Each case changes in one step on
     * what is stored now, whatever else writes it meanwhile (the status flow may run at the same time), and keeps
     * {@code at} as the time its capital was last lowered, which {@link #recordStatus} respects.
     *
     * @param byInvoice the amount per invoice id of the company
     */
    void lowerCapital(long companyId, Map<Long, Money> byInvoice, Instant at);

    /**
     * Stores what Kravia's case feed, read at {@code readAt}, says about stored cases: status, close reason,
     * Kravia's time of the change and the remaining capital. The capital of a case that the bridge lowered at or
     * after {@code readAt} is left as it is: that answer may predate the payment, and Kravia reports the case
     * again once it shows it. Every other column stays as stored.
     */
    void recordStatus(Collection<CollectionCase> collectionCases, Instant readAt);

    /** Saves every case as {@link #save} does; the default saves one at a time, stores override it. */
    default void saveAll(Collection<CollectionCase> collectionCases) {
        collectionCases.forEach(this::save);
    }
}
