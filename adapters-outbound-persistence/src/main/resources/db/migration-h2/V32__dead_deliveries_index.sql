-- The metrics count dead deliveries by channel (JdbcOutboxCensus) every few seconds: H2 has no
-- partial indexes, so the index is led by the status, and the count reads only the dead range.
CREATE INDEX delivery_dead ON delivery (status, channel);
