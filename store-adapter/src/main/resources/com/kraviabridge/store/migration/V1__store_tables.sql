-- The bridge's own tables. InnoDB for transactions and row locks, utf8mb4 so any name from Odoo fits.
-- Instants are DATETIME(6) holding UTC wall time (every session runs with time_zone '+00:00');
-- amounts are DECIMAL(19,2) beside a CHAR(3) currency.
-- Keys that the bridge builds from ids ("register:1:4711") compare byte for byte (utf8mb4_bin).

-- Our record of every invoice forwarded to Kravia.
CREATE TABLE case_map (
    company_id         BIGINT        NOT NULL,
    invoice_id         BIGINT        NOT NULL,
    invoice_number     VARCHAR(100)  NULL,
    creditor_id        BIGINT        NOT NULL,
    kravia_invoice_id  BIGINT        NOT NULL,
    debtor_number      VARCHAR(100)  NULL,
    partner_id         BIGINT        NOT NULL,
    status             VARCHAR(64)   NOT NULL,
    -- decided by CollectionCase.isOpen() when saved, so open-case queries need not interpret the status
    is_open            BOOLEAN       NOT NULL,
    close_reason       TEXT          NULL,
    remaining_capital  DECIMAL(19,2) NULL,
    currency           CHAR(3)       NULL,
    kravia_updated_at  DATETIME(6)   NULL,
    forwarded_at       DATETIME(6)   NULL,
    PRIMARY KEY (company_id, invoice_id),
    KEY case_map_kravia (creditor_id, kravia_invoice_id),
    KEY case_map_number (invoice_number),
    KEY case_map_open (company_id, is_open, invoice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every remote write, recorded before it is made (design §3). The key is the idempotency key.
CREATE TABLE operations (
    op_key           VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    company_id       BIGINT        NOT NULL,
    subject          VARCHAR(500)  NULL,
    payload_hash     VARCHAR(128)  NULL,
    payload          MEDIUMTEXT    NULL,
    state            VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NULL,
    last_error       MEDIUMTEXT    NULL,
    remote_id        VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (op_key),
    CONSTRAINT operations_state CHECK (state IN ('pending', 'sent', 'confirmed', 'failed-retryable', 'failed-permanent')),
    KEY operations_work (kind, state, created_at),
    KEY operations_by_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How far each stream of changes has been read, per company.
CREATE TABLE cursors (
    company_id    BIGINT        NOT NULL,
    stream        VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    cursor_value  TEXT          NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (company_id, stream)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every status a case went through.
CREATE TABLE status_history (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    creditor_id         BIGINT       NOT NULL,
    kravia_invoice_id   BIGINT       NOT NULL,
    invoice_id          BIGINT       NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    close_reason        TEXT         NULL,
    kravia_updated_at   DATETIME(6)  NULL,
    -- NULLs never collide in a unique key; folding a missing time into one value keeps such a change unique too
    kravia_updated_key  DATETIME(6)  AS (COALESCE(kravia_updated_at, TIMESTAMP '1970-01-01 00:00:00')) PERSISTENT,
    recorded_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY status_history_change (creditor_id, kravia_invoice_id, status, kravia_updated_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Webhook wake-up calls waiting for the status job.
CREATE TABLE webhook_inbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    creditor_id      BIGINT        NOT NULL,
    claim_id         BIGINT        NOT NULL,
    event_type       VARCHAR(100)  NULL,
    event_timestamp  BIGINT        NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    processed        BOOLEAN       NOT NULL DEFAULT FALSE,
    processed_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY webhook_inbox_event (creditor_id, claim_id, event_timestamp),
    KEY webhook_inbox_pending (processed, creditor_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Records that need attention, with the reason.
CREATE TABLE parked_records (
    record_key  VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    company_id  BIGINT        NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    subject     VARCHAR(500)  NULL,
    reason      TEXT          NULL,
    parked_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (record_key),
    KEY parked_records_company (company_id, parked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Kravia settlements posted into the ERP, and whether Kravia was told.
CREATE TABLE posted_settlements (
    creditor_id    BIGINT        NOT NULL,
    settlement_id  VARCHAR(100) COLLATE utf8mb4_bin NOT NULL,
    company_id     BIGINT        NOT NULL,
    move_id        BIGINT        NOT NULL,
    move_name      VARCHAR(255)  NULL,
    amount         DECIMAL(19,2) NULL,
    currency       CHAR(3)       NULL,
    bookkept       BOOLEAN       NOT NULL,
    posted_at      DATETIME(6)   NULL,
    PRIMARY KEY (creditor_id, settlement_id),
    KEY posted_settlements_company (company_id, posted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ERP allocations (payment or credit parts) the bridge handled.
CREATE TABLE forwarded_allocations (
    company_id         BIGINT        NOT NULL,
    allocation_id      BIGINT        NOT NULL,
    invoice_id         BIGINT        NOT NULL,
    kravia_invoice_id  BIGINT        NOT NULL,
    kind               VARCHAR(32)   NOT NULL,
    amount             DECIMAL(19,2) NULL,
    currency           CHAR(3)       NULL,
    operation_key      VARCHAR(255) COLLATE utf8mb4_bin NULL,
    undone             BOOLEAN       NOT NULL DEFAULT FALSE,
    handled_at         DATETIME(6)   NULL,
    PRIMARY KEY (company_id, allocation_id),
    KEY forwarded_allocations_invoice (company_id, invoice_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
