-- Importing contacts checked two foreign keys on every row: each contact's to its tenant and each
-- address's to its contact, about half of PostgreSQL's time per batch of 10,000 contacts. The
-- directory writes a contact's addresses in the transaction that writes the contact, after it;
-- what deletes contacts (one, all of a tenant's, the tenant) deletes their addresses itself; and a
-- write of contacts holds the tenant's row (FOR KEY SHARE, once per batch), so that a tenant being
-- removed gets no new contacts. H2 keeps its keys: their names there are generated, and its
-- inserts cost little beside its commits.
ALTER TABLE contact_address DROP CONSTRAINT IF EXISTS contact_address_tenant_id_contact_id_fkey;
ALTER TABLE contact DROP CONSTRAINT IF EXISTS contact_tenant_id_fkey;
