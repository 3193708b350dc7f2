-- V38 kept the queue's key to its endpoint. Its check locks the endpoint's row (FOR KEY SHARE) in every
-- transaction that queues an event, and all the sending transactions of a tenant queue for the same few
-- endpoints: the row's lock is shared by many at once, which PostgreSQL records as a multixact rewritten
-- by each new holder, and queuing the events cost more than storing them. An endpoint's removal (and its
-- tenant's) deletes its queue itself; an entry queued for an endpoint while it was being removed is never
-- claimed, and goes with its event at the retention purge.
ALTER TABLE event_queue DROP CONSTRAINT IF EXISTS event_queue_endpoint_id_fkey;
