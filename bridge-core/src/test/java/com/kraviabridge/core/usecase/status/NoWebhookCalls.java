package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.port.store.WebhookEvent;
import com.kraviabridge.core.port.store.WebhookInbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A webhook inbox in which no call waits; the deletions of old ones asked for are kept. */
final class NoWebhookCalls implements WebhookInbox {

    final List<String> deletions = new ArrayList<>();

    @Override
    public boolean add(WebhookEvent event) {
        return false;
    }

    @Override
    public List<WebhookEvent> pending(long creditorId, int limit) {
        return List.of();
    }

    @Override
    public void markProcessed(Collection<Long> eventIds) {
    }

    @Override
    public long countPending() {
        return 0;
    }

    @Override
    public int deleteProcessedBefore(Instant processedBefore, int limit) {
        deletions.add(processedBefore + " limit " + limit);
        return 0;
    }
}
