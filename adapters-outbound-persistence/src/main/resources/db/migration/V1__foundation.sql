-- Switchboard schema, one script for H2 and PostgreSQL.
-- ${jsontype} is JSON on H2 and JSONB on PostgreSQL (set by SchemaPlaceholders).

CREATE TABLE tenant (
    id             VARCHAR(63)              PRIMARY KEY,
    name           VARCHAR(200)             NOT NULL,
    contact_fields ${jsontype}              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE credential (
    id             UUID                     PRIMARY KEY,
    tenant_id      VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    type           VARCHAR(32)              NOT NULL,
    -- a username, an OAuth key, or the SHA-256 digest of a random token
    lookup_key     VARCHAR(128)             NOT NULL,
    secret_hash    VARCHAR(128),
    permissions    ${jsontype}              NOT NULL,
    access         ${jsontype}              NOT NULL,
    platform_admin BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT credential_lookup UNIQUE (type, lookup_key)
);
CREATE INDEX credential_tenant ON credential (tenant_id);

CREATE TABLE contact (
    tenant_id  VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id         VARCHAR(200)             NOT NULL,
    data       ${jsontype}              NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE message (
    id              UUID                     PRIMARY KEY,
    tenant_id       VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    origin          VARCHAR(32)              NOT NULL,
    subject         VARCHAR(998),
    body_text       TEXT,
    body_html       TEXT,
    email_from      VARCHAR(254),
    email_from_name VARCHAR(200),
    visible_to      ${jsontype}              NOT NULL,
    visible_cc      ${jsontype}              NOT NULL,
    headers         ${jsontype}              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX message_tenant_created ON message (tenant_id, created_at);

CREATE TABLE message_attachment (
    message_id   UUID         NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    ordinal      INTEGER      NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(255) NOT NULL,
    content_id   VARCHAR(255),
    content      BYTEA        NOT NULL,
    PRIMARY KEY (message_id, ordinal)
);

-- The outbox: one row per message, recipient and channel.
CREATE TABLE delivery (
    id           UUID                     PRIMARY KEY,
    message_id   UUID                     NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    tenant_id    VARCHAR(63)              NOT NULL,
    channel      VARCHAR(16)              NOT NULL,
    address      VARCHAR(4096)            NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    attempts     INTEGER                  NOT NULL,
    not_before   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- who holds the delivery while sending it, and until when
    lease_owner  VARCHAR(100),
    lease_until  TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(1000),
    provider_ref VARCHAR(255),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX delivery_due ON delivery (status, not_before);
CREATE INDEX delivery_message ON delivery (message_id);
CREATE INDEX delivery_tenant_status ON delivery (tenant_id, status, updated_at);

CREATE TABLE inbox_item (
    -- the delivery that put the item in the inbox
    id         UUID                     PRIMARY KEY,
    tenant_id  VARCHAR(63)              NOT NULL,
    user_id    VARCHAR(200)             NOT NULL,
    message_id UUID                     NOT NULL,
    title      VARCHAR(998),
    body       TEXT                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX inbox_user ON inbox_item (tenant_id, user_id, created_at);
