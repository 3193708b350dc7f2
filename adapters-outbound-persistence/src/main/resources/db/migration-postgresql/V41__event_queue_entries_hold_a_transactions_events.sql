-- An entry of an endpoint's queue holds the events of one transaction (or up to 1,000 of them, or of a
-- replay), in their order, rather than one event: a group commit of many sends, or an outcome batch,
-- queues a row per endpoint instead of a row per event, and a round takes its events off a few rows.
-- The entries' events are no longer looked up by id: the retention purge leaves them, and a round
-- takes off an entry the events no longer stored when it reaches them.
ALTER TABLE event_queue ADD COLUMN event_ids UUID ARRAY;
UPDATE event_queue SET event_ids = ARRAY[event_id];
ALTER TABLE event_queue ALTER COLUMN event_ids SET NOT NULL;
DROP INDEX event_queue_event;
ALTER TABLE event_queue DROP COLUMN event_id;
