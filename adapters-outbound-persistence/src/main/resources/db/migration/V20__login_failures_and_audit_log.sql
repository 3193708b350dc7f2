-- Failed logins counted per throttle key (a digest of the username, or the client address), shared
-- by every gateway process: failures within the window since window_start, and a lock once too many.
CREATE TABLE login_failure (
    throttle_key VARCHAR(200)             PRIMARY KEY,
    failures     INTEGER                  NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_failure_window ON login_failure (window_start);

-- Every state-changing Admin API request: who (username and tenant), from where, what (the route and
-- the path), on which tenant (NULL when the path names none), and the answer's status. No body, so no secret.
CREATE TABLE audit_entry (
    id           UUID                     PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(128)             NOT NULL,
    actor_tenant VARCHAR(63)              NOT NULL,
    address      VARCHAR(100)             NOT NULL,
    tenant_id    VARCHAR(63),
    action       VARCHAR(200)             NOT NULL,
    target       VARCHAR(500)             NOT NULL,
    status       INTEGER                  NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (at, id);
CREATE INDEX audit_entry_tenant_at ON audit_entry (tenant_id, at, id);
