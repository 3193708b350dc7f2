-- The claims' indexes, led by the status: H2 has no partial indexes, so finished deliveries stay
-- in these indexes, but in ranges of their own that a claim never reads. A claim reads the queued
-- range by tenant and due time (it shares itself among the tenants with due work), and the range
-- of deliveries being sent by the end of their lease (a dead worker's claims come back); its cost
-- grows only with the depth of the tree, the logarithm of the table's size.
DROP INDEX delivery_due;
CREATE INDEX delivery_queued ON delivery (status, tenant_id, not_before);
CREATE INDEX delivery_leased ON delivery (status, lease_until);
