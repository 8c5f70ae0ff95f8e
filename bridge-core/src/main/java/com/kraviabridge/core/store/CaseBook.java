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

    /** {@link #save} for the cases of a page at once. */
    default void saveAll(Collection<CollectionCase> collectionCases) {
        collectionCases.forEach(this::save);
    }
}
