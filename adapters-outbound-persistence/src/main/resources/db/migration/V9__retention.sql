-- Retention: finished messages are purged once their last delivery update is older than their
-- tenant's retention (in seconds here; NULL for the gateway's default, SWITCHBOARD_RETENTION).
ALTER TABLE tenant ADD COLUMN retention_seconds BIGINT;

-- The purge walks messages oldest first, across tenants, and checks each one's deliveries through
-- delivery_message; a tenant of its own retention walks message_tenant_created.
CREATE INDEX message_created ON message (created_at, id);
