-- Claims share themselves among queues of one tenant and one channel (one provider), so that
-- neither another tenant's backlog nor another provider's keeps a send waiting: the queued range
-- of the claims' index is ordered by both.
DROP INDEX delivery_queued;
CREATE INDEX delivery_queued ON delivery (status, tenant_id, channel, not_before);
