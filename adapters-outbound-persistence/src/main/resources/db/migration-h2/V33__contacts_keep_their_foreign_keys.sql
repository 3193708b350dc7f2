-- PostgreSQL's V33 drops the foreign keys of contacts and their addresses, which cost it half of a
-- contacts import; H2 keeps them (their names are generated, and its inserts cost little beside its
-- commits). The directory deletes addresses itself on both, so the two behave alike.
COMMENT ON TABLE contact_address IS 'Every address a contact''s data holds, written and deleted with the contact';
