-- The invoice a parked record concerns, where the accountant is shown it in Odoo (NULL when not known).
ALTER TABLE parked_records ADD COLUMN invoice_id BIGINT NULL;

-- The to-dos (Odoo activities) the bridge opened for records kept for review, one per parked record. A row is
-- written before the to-do is opened, without task_id, and gets task_id once Odoo answered. claim_token says which
-- run wrote it, so that of two runs that meet the same record at once only one opens its to-do.
CREATE TABLE review_tasks (
    record_key     VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    company_id     BIGINT       NOT NULL,
    invoice_id     BIGINT       NOT NULL,
    reason_digest  CHAR(64)     NOT NULL,
    task_id        BIGINT       NULL,
    claim_token    CHAR(36)     NULL,
    opened_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (record_key),
    KEY review_tasks_company (company_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
