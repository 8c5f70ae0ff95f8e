package com.kraviabridge.core.port.collector;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseDetails;

import java.time.LocalDateTime;

/** Collector port: what Kravia knows about the cases. */
public interface CaseFeed {

    /**
     * Cases of the creditor changed at or after {@code cursor} (null: from the beginning), oldest first,
     * at most about {@code limit} of them, without duplicates within the batch.
     */
    CaseChanges changesSince(long creditorId, LocalDateTime cursor, int limit);

    CaseDetails details(long creditorId, long kraviaInvoiceId);
}
