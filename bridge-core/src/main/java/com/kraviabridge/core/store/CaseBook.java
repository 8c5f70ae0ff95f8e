package com.kraviabridge.core.store;

import com.kraviabridge.core.domain.CollectionCase;

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

    /** Saves every case as {@link #save} does; the default saves one at a time, stores override it. */
    default void saveAll(Collection<CollectionCase> collectionCases) {
        collectionCases.forEach(this::save);
    }
}
