-- The fingerprint of the key that seals the provider credentials, recorded by the first gateway
-- process on the database: a process started with another SWITCHBOARD_ENCRYPTION_KEY refuses to
-- start instead of sealing what the others cannot open (and failing to open what they sealed).
CREATE TABLE gateway_key (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    fingerprint VARCHAR(128) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
