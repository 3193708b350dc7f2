-- A delivery's history: each attempt at it and each provider's report that moved it on, written
-- in the transaction that stores the state it led to (the delivery row keeps only the latest).
-- Read by message for the console's timeline and the Admin API's message; purged with the
-- message's deliveries by the retention purge.
CREATE TABLE delivery_attempt (
    tenant_id    VARCHAR(63)              NOT NULL,
    message_id   UUID                     NOT NULL,
    delivery_id  UUID                     NOT NULL,
    -- the delivery's attempt count then; a replay counts afresh
    attempt      INTEGER                  NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- ATTEMPT or REPORT
    kind         VARCHAR(16)              NOT NULL,
    outcome      VARCHAR(16)              NOT NULL,
    error        VARCHAR(1000),
    provider     VARCHAR(64),
    provider_ref VARCHAR(255),
    -- whose account the attempt used: GATEWAY, PRIMARY, FALLBACK or CALLER
    account      VARCHAR(16)
);
CREATE INDEX delivery_attempt_message ON delivery_attempt (message_id, delivery_id, occurred_at);
