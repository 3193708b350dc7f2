-- The claims' indexes hold only what can still be claimed, so that their cost stays flat however
-- much finished history the delivery table keeps: queued deliveries by tenant and due time (a
-- claim shares itself among the tenants with due work), and deliveries being sent by the end of
-- their lease (a dead worker's claims come back). A delivery leaves these indexes when it leaves
-- those states. The claims name the statuses as literals, which these predicates match.
DROP INDEX delivery_due;
CREATE INDEX delivery_queued ON delivery (tenant_id, not_before) WHERE status = 'QUEUED';
CREATE INDEX delivery_leased ON delivery (lease_until) WHERE status = 'SENDING';
