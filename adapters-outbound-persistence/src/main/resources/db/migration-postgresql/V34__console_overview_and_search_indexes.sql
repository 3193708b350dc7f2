-- The console's overview counts the deliveries finished in the last hour, every tenant's, every few
-- seconds (JdbcOutboxCensus): an index of finished deliveries by time, so that it reads that hour alone.
CREATE INDEX delivery_finished ON delivery (updated_at) WHERE status IN ('SENT', 'DELIVERED', 'CAPTURED', 'FAILED');

-- The console's message search by recipient reads the deliveries to the address first, then their
-- messages, instead of checking every message of the tenant newest first. A hash index, because an
-- address (a webhook's URL) may be longer than a B-tree entry may be; equality is all the search asks.
CREATE INDEX delivery_address ON delivery USING hash (address);

-- The search by campaign or by API of origin reads the newest of them first, and stops at the page.
DROP INDEX message_tenant_campaign;
CREATE INDEX message_tenant_campaign ON message (tenant_id, campaign_id, created_at);
CREATE INDEX message_tenant_origin ON message (tenant_id, origin, created_at);

-- The search by channel alone checks the newest messages first when the channel is common; when it is
-- rare (or never used), it reads the tenant's deliveries on that channel by this index instead of all.
CREATE INDEX delivery_tenant_channel ON delivery (tenant_id, channel);

-- The overview counts one tenant's dead deliveries by channel, as the metrics count every tenant's:
-- led by the tenant, and holding the channel, the index of dead deliveries answers both alone.
DROP INDEX delivery_dead;
CREATE INDEX delivery_dead ON delivery (tenant_id, channel) WHERE status = 'DEAD';
