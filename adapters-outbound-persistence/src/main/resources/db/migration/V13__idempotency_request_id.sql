-- The request an Idempotency-Key stands for, kept by every attempt that takes over an unanswered
-- claim: a send derives its message ids from it, so that an attempt after a lost answer finds the
-- messages an earlier attempt stored instead of storing them again.
ALTER TABLE idempotency_key ADD COLUMN request_id UUID;
UPDATE idempotency_key SET request_id = claim_id;
ALTER TABLE idempotency_key ALTER COLUMN request_id SET NOT NULL;
