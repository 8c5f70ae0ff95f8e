package com.kraviabridge.app.daemon;

import com.kraviabridge.core.port.store.WebhookEvent;
import com.kraviabridge.core.port.store.WebhookInbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An inbox that counts what it is given, or fails as a database that is gone would. */
final class InMemoryInbox implements WebhookInbox {

    volatile boolean failing;
    final AtomicInteger stored = new AtomicInteger();

    @Override
    public boolean add(WebhookEvent event) {
        if (failing) {
            throw new IllegalStateException("the database is gone");
        }
        stored.incrementAndGet();
        return true;
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
        return 0;
    }
}
