-- As PostgreSQL's V40: the queue has no key to its endpoint. A sending transaction reads the tenant's
-- endpoints and then queues its events for them; an endpoint removed in between made the key's check
-- fail the whole transaction (a group commit's sends were then tried again one by one). The entry is now
-- stored, never claimed, and deleted by the retention purge. The key's name was generated when V37 made it.
EXECUTE IMMEDIATE (SELECT 'ALTER TABLE event_queue DROP CONSTRAINT ' || CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
    WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = 'EVENT_QUEUE' AND CONSTRAINT_TYPE = 'FOREIGN KEY');
