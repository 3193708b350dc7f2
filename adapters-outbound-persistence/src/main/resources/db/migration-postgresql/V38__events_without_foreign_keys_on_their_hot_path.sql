-- Each event stored and posted checked three foreign keys besides the queue's to its endpoint: the
-- event's to its tenant, the queue entry's to its event and the log row's to its endpoint, each a
-- query of its own per row in the transactions that send. The event is written in the transaction
-- that queues it, before it; what deletes events (the retention purge, a tenant's removal) deletes
-- their queue entries and log rows itself, and so does an endpoint's removal for its log. The queue
-- keeps its key to the endpoint, so that an endpoint being removed gets no new entries. H2 keeps its
-- keys: their names there are generated, and its inserts cost little beside its commits.
ALTER TABLE event DROP CONSTRAINT IF EXISTS event_tenant_id_fkey;
ALTER TABLE event_queue DROP CONSTRAINT IF EXISTS event_queue_event_id_fkey;
ALTER TABLE event_attempt DROP CONSTRAINT IF EXISTS event_attempt_endpoint_id_fkey;
