-- Processed webhook calls are deleted once older than webhook.inbox-retention-days, a bounded number per status
-- run; this index finds them without reading the whole table.
CREATE INDEX webhook_inbox_processed_at ON webhook_inbox (processed, processed_at);
