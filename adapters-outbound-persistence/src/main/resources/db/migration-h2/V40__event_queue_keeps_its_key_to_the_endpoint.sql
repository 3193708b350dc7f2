-- PostgreSQL's V40 drops the queue's key to its endpoint, whose check locked the endpoint's row in every
-- sending transaction. H2's checks take no row lock: it keeps the key. This script keeps the two
-- databases' schema versions in step.
COMMENT ON TABLE event_endpoint IS 'tenants'' event endpoints, with the state of their posting';
