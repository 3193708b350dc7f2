-- Contacts imports streamed from a request body, with their progress, so that an admin can
-- follow a long one, and the lines they refused (the first 1,000 of each import).
CREATE TABLE contact_import (
    id          UUID                     PRIMARY KEY,
    tenant_id   VARCHAR(63)              NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    format      VARCHAR(16)              NOT NULL,
    state       VARCHAR(16)              NOT NULL,
    lines_read  BIGINT                   NOT NULL,
    imported    BIGINT                   NOT NULL,
    refused     BIGINT                   NOT NULL,
    failure     VARCHAR(500),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_import_tenant ON contact_import (tenant_id, started_at);

CREATE TABLE contact_import_error (
    import_id UUID          NOT NULL REFERENCES contact_import (id) ON DELETE CASCADE,
    line      BIGINT        NOT NULL,
    reason    VARCHAR(500)  NOT NULL,
    PRIMARY KEY (import_id, line)
);
