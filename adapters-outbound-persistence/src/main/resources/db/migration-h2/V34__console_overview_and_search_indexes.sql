-- The console's overview counts the deliveries finished in the last hour, every tenant's, every few
-- seconds (JdbcOutboxCensus): H2 has no partial indexes, so the index is led by the status, and the
-- count reads only the last hour of each finished status.
CREATE INDEX delivery_finished ON delivery (status, updated_at);
