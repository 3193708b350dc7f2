-- H2's V42 drops the queue's key to its endpoint, as V40 did here. This script keeps the two databases'
-- schema versions in step.
COMMENT ON TABLE event_queue IS 'events waiting for an endpoint, an entry per transaction; an entry whose endpoint is gone waits for the retention purge';
