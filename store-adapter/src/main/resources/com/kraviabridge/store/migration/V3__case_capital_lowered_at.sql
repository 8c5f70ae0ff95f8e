-- When the bridge last lowered a case's remaining capital itself (a payment or credit it sent). The status flow
-- may run at the same time with a feed answer read before that payment reached Kravia; this tells it to leave
-- the lowered capital alone (CaseBook.recordStatus).
ALTER TABLE case_map ADD COLUMN capital_lowered_at DATETIME(6) NULL;
