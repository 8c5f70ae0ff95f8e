package com.kraviabridge.store;

import com.kraviabridge.core.port.store.WebhookEvent;
import com.kraviabridge.core.port.store.WebhookInbox;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The webhook inbox on the {@code webhook_inbox} table; a repeated delivery hits the unique (creditor, claim, timestamp). */
final class JdbcWebhookInbox implements WebhookInbox {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcWebhookInbox(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public boolean add(WebhookEvent event) {
        return jdbc.insertUnlessPresent("INSERT INTO webhook_inbox (creditor_id, claim_id, event_type, event_timestamp,"
                        + " received_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id",
                ps -> {
                    ps.setLong(1, event.creditorId());
                    ps.setLong(2, event.claimId());
                    Jdbc.setText(ps, 3, event.eventType());
                    ps.setLong(4, event.timestamp());
                    Jdbc.setInstant(ps, 5, event.receivedAt() != null ? event.receivedAt() : clock.instant());
                });
    }

    @Override
    public List<WebhookEvent> pending(long creditorId, int limit) {
        return jdbc.list("SELECT id, creditor_id, claim_id, event_type, event_timestamp, received_at FROM webhook_inbox"
                        + " WHERE processed = FALSE AND creditor_id = ? ORDER BY id LIMIT ?",
                ps -> {
                    ps.setLong(1, creditorId);
                    ps.setInt(2, limit);
                },
                rs -> new WebhookEvent(rs.getLong("id"), rs.getLong("creditor_id"), rs.getLong("claim_id"),
                        rs.getString("event_type"), rs.getLong("event_timestamp"), Jdbc.getInstant(rs, "received_at")));
    }

    @Override
    public void markProcessed(Collection<Long> eventIds) {
        Instant now = clock.instant();
        for (List<Long> chunk : Jdbc.chunks(new LinkedHashSet<>(eventIds))) {
            jdbc.update("UPDATE webhook_inbox SET processed = TRUE, processed_at = ? WHERE processed = FALSE AND id IN ("
                            + Jdbc.placeholders(chunk.size()) + ")",
                    ps -> {
                        Jdbc.setInstant(ps, 1, now);
                        Jdbc.bindLongs(ps, 2, chunk);
                    });
        }
    }

    @Override
    public long countPending() {
        return jdbc.count("SELECT COUNT(*) FROM webhook_inbox WHERE processed = FALSE", ps -> { });
    }

    @Override
    public int deleteProcessedBefore(Instant processedBefore, int limit) {
        return jdbc.update("DELETE FROM webhook_inbox WHERE processed = TRUE AND processed_at < ? LIMIT ?", ps -> {
            Jdbc.setInstant(ps, 1, processedBefore);
            ps.setInt(2, limit);
        });
    }
}
