-- The console's overview counts the deliveries finished in the last hour, every tenant's, every few
-- seconds (JdbcOutboxCensus): an index of finished deliveries by time, so that it reads that hour alone.
CREATE INDEX delivery_finished ON delivery (updated_at) WHERE status IN ('SENT', 'DELIVERED', 'CAPTURED', 'FAILED');
