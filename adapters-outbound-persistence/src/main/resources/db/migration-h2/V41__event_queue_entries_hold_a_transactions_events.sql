-- As PostgreSQL's V41: an entry of an endpoint's queue holds the events of one transaction, in their
-- order. Dropping the event column drops its key to the event (its name here is generated) and its index.
ALTER TABLE event_queue ADD COLUMN event_ids UUID ARRAY;
UPDATE event_queue SET event_ids = ARRAY[event_id];
ALTER TABLE event_queue ALTER COLUMN event_ids SET NOT NULL;
ALTER TABLE event_queue DROP COLUMN event_id;
