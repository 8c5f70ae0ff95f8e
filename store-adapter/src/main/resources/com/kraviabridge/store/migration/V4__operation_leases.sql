-- Who is sending an operation in state 'sent', and until when that claim holds. Another process leaves an
-- operation alone while its lease runs (the request may still be on the wire), and looks it up at Kravia or Odoo
-- only once the lease has run out or its owner is known to be gone. The lease outlasts the longest request.
ALTER TABLE operations
    ADD COLUMN lease_owner VARCHAR(200) NULL,
    ADD COLUMN lease_until DATETIME(6)  NULL;
