-- A tenant's own provider accounts, one row per channel, each account sealed (AES-GCM) with
-- the gateway's key.
CREATE TABLE provider_settings (
    tenant_id        VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    channel          VARCHAR(16)              NOT NULL,
    primary_account  BYTEA                    NOT NULL,
    fallback_account BYTEA,
    failover_after   INTEGER                  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, channel)
);

-- Addresses a provider reported gone, which sends pass over. Looked up by the SHA-256 of channel
-- and address: a push token or a URL can be longer than an index entry may be.
CREATE TABLE suppressed_address (
    tenant_id  VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    digest     CHAR(64)                 NOT NULL,
    channel    VARCHAR(16)              NOT NULL,
    address    VARCHAR(4096)            NOT NULL,
    reason     VARCHAR(1000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, digest)
);
CREATE INDEX suppressed_address_created ON suppressed_address (tenant_id, created_at);

-- Tokens providers issue while the gateway runs (a refresh token replaced at each use), sealed.
CREATE TABLE provider_token (
    token_key  VARCHAR(200)             PRIMARY KEY,
    sealed     BYTEA                    NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
