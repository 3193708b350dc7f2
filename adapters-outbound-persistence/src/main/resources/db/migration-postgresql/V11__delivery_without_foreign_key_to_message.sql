-- Storing a send inserts one delivery row per recipient, and checking each row's foreign key to its
-- message was a third of PostgreSQL's cost of inserting them. The sends insert a message and its
-- deliveries in one transaction, message first, so the key never caught anything; what deletes
-- messages (the retention purge) deletes their deliveries itself. H2 keeps its key: its name there
-- is generated, and its inserts cost little beside its commits.
ALTER TABLE delivery DROP CONSTRAINT IF EXISTS delivery_message_id_fkey;
