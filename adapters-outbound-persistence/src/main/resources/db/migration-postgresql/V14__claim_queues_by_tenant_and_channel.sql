-- Claims share themselves among queues of one tenant and one channel (one provider), so that
-- neither another tenant's backlog nor another provider's keeps a send waiting: the index of
-- queued deliveries is led by both, and still holds nothing but queued deliveries.
DROP INDEX delivery_queued;
CREATE INDEX delivery_queued ON delivery (tenant_id, channel, not_before) WHERE status = 'QUEUED';
