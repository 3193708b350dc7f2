-- The console's overview counts the deliveries finished in the last hour, every tenant's, every few
-- seconds (JdbcOutboxCensus): H2 has no partial indexes, so the index is led by the status, and the
-- count reads only the last hour of each finished status.
CREATE INDEX delivery_finished ON delivery (status, updated_at);

-- The console's message search by recipient reads the deliveries to the address first, then their
-- messages, instead of checking every message of the tenant newest first.
CREATE INDEX delivery_address ON delivery (address);

-- The search by campaign or by API of origin reads the newest of them first, and stops at the page.
DROP INDEX message_tenant_campaign;
CREATE INDEX message_tenant_campaign ON message (tenant_id, campaign_id, created_at);
CREATE INDEX message_tenant_origin ON message (tenant_id, origin, created_at);

-- The search by channel alone checks the newest messages first when the channel is common; when it is
-- rare (or never used), it reads the tenant's deliveries on that channel by this index instead of all.
CREATE INDEX delivery_tenant_channel ON delivery (tenant_id, channel);

-- The overview counts one tenant's dead deliveries by channel, as the metrics count every tenant's.
DROP INDEX delivery_dead;
CREATE INDEX delivery_dead ON delivery (status, tenant_id, channel);
