-- Idempotency-Key records, per tenant: a claim while the first request runs (status NULL until
-- claimed_until), then its response, replayed to repeats until expires_at. The fingerprint is the
-- SHA-256 of the request's method, path, query and body.
CREATE TABLE idempotency_key (
    tenant_id       VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(255)             NOT NULL,
    fingerprint     VARCHAR(64)              NOT NULL,
    claim_id        UUID                     NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(255),
    body            BYTEA,
    PRIMARY KEY (tenant_id, idempotency_key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);

-- Bucket4j's token buckets for rate limits shared by every gateway process on PostgreSQL (on H2
-- the buckets live in each process's memory and this table stays empty). The layout is the one
-- Bucket4j's PostgreSQL proxy manager reads: the bucket's key, its serialised state, and when it
-- may be forgotten (epoch milliseconds).
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(255) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
