-- Contact ids, their tenants' ids and the address keys contacts are found by are only ever
-- compared as exact strings, so they are compared as bytes ("C"): every index comparison then
-- skips the database's locale rules: 126 instead of 144 ms of PostgreSQL's CPU for a batch of
-- 10,000 contacts on a C.UTF-8 database, more under a language's locale. Listings sorted by
-- contact id then follow code points, as H2 and the gateway itself sort them.
ALTER TABLE contact
    ALTER COLUMN tenant_id TYPE VARCHAR(63) COLLATE "C",
    ALTER COLUMN id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE contact_address
    ALTER COLUMN tenant_id TYPE VARCHAR(63) COLLATE "C",
    ALTER COLUMN contact_id TYPE VARCHAR(200) COLLATE "C",
    ALTER COLUMN address TYPE VARCHAR(254) COLLATE "C";
