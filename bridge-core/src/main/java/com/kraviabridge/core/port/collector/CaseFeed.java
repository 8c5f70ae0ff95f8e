package com.kraviabridge.core.port.collector;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;

import java.time.LocalDateTime;
import java.util.Set;

/** Collector port: what Kravia knows about the cases. */
public interface CaseFeed {

    /**
     * Cases of the creditor changed at or after {@code cursor} (null: from the beginning), oldest first,
     * at most about {@code limit} of them, without duplicates within the batch.
     */
    CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit);

    /**
     * The same for every creditor the bridge serves with one Kravia access: Kravia's feed shows all of them
     * together, so one read hands each creditor its cases instead of the same pages being read once per creditor.
     * Each snapshot names its creditor. Adapters that can only read one creditor at a time need not override it.
     */
    default CaseChanges changesSince(Set<Long> creditorIds, LocalDateTime cursor, int limit) {
        if (creditorIds.size() != 1) {
            throw new UnsupportedOperationException("this feed reads the changes of one creditor at a time");
        }
        return changesSince(creditorIds.iterator().next(), cursor, limit);
    }

    CaseDetails details(long creditorId, long kraviaInvoiceId);
}
