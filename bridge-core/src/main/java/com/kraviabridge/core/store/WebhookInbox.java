package com.kraviabridge.core.store;

import java.util.Collection;
import java.util.List;

/** Store port: webhook wake-up calls waiting for the status job. De-duplicated on (creditor, claim, timestamp). */
public interface WebhookInbox {

    /** Stores the event; false when the same event was stored before (a duplicate delivery). */
    boolean add(WebhookEvent event);

    List<WebhookEvent> pending(long creditorId, int limit);

    void markProcessed(Collection<Long> eventIds);

    long countPending();
}
