package com.kraviabridge.core.port.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Store port: webhook wake-up calls waiting for the status job. De-duplicated on (creditor, claim, timestamp). */
public interface WebhookInbox {

    /** Stores the event; false when the same event was stored before (a duplicate delivery). */
    boolean add(WebhookEvent event);

    List<WebhookEvent> pending(long creditorId, int limit);

    void markProcessed(Collection<Long> eventIds);

    long countPending();

    /**
     * Deletes at most {@code limit} events that were processed before {@code processedBefore}; returns how many
     * went. A delivery repeated after its event is gone is taken again, which costs one more status look-up.
     */
    int deleteProcessedBefore(Instant processedBefore, int limit);
}
