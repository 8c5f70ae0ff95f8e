package com.kraviabridge.sim.kravia;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What every change to a case brings (docs/kravia-contract.md §8): a new {@code lastUpdatedTime} for the search feed
 * and, when the creditor's webhook is on, one signed {@code CaseUpdate} call. Called under the simulator's lock.
 */
final class ChangeRecorder {

    private final SimClock clock;
    private final ChangeStamps stamps;
    private final CaseBook book;
    private final Creditors creditors;
    private final WebhookDispatcher webhooks;

    ChangeRecorder(SimClock clock, ChangeStamps stamps, CaseBook book, Creditors creditors,
                   WebhookDispatcher webhooks) {
        this.clock = clock;
        this.stamps = stamps;
        this.book = book;
        this.creditors = creditors;
        this.webhooks = webhooks;
    }

    void changed(CaseFile c) {
        changedTogether(List.of(c));
    }

    /** All the given cases get one and the same stamp. */
    void changedTogether(Collection<CaseFile> cases) {
        LocalDateTime stamp = stamps.next(clock.utcNow());
        for (CaseFile c : cases) {
            book.stamp(c, stamp);
            notifyCreditor(c.creditorId(), new WebhookEvent(stamp.toEpochSecond(ZoneOffset.UTC),
                    WebhookEvent.CASE_UPDATE, c.id()));
        }
    }

    /** Sends an event of any type for a case, as it is; empty when the creditor's webhook is off. */
    Optional<WebhookDelivery> notifyCreditor(long creditorId, WebhookEvent event) {
        WebhookConfig config = creditors.get(creditorId).webhook();
        if (config == null || !config.enabled()) {
            return Optional.empty();
        }
        return Optional.of(webhooks.enqueue(creditorId, config, event));
    }
}
