-- The metrics count dead deliveries by channel (JdbcOutboxCensus) every few seconds: an index of
-- them alone, so that the count reads none of the finished history.
CREATE INDEX delivery_dead ON delivery (channel) WHERE status = 'DEAD';
