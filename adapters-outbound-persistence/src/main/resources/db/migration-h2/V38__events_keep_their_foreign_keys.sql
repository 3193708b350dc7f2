-- PostgreSQL's V38 drops the foreign keys of events, their queue entries and their log rows that
-- were checked row by row in the sending transactions. H2 keeps them: their names here are
-- generated, and its inserts cost little beside its commits. This script keeps the two databases'
-- schema versions in step.
COMMENT ON TABLE event_queue IS 'each endpoint''s queue of events to post, in the order of position';
