-- PostgreSQL's V39 replaces its hash index of deliveries by address with a B-tree of the address's first
-- 512 characters. H2's index by address (V34) is a B-tree of the whole address already. This script keeps
-- the two databases' schema versions in step.
COMMENT ON INDEX delivery_address IS 'deliveries by address, for the search by recipient';
