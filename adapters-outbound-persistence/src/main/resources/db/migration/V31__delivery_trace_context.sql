-- The trace context (a W3C traceparent) of the request that stored a delivery, so that its
-- attempts, in whichever process, join that request's trace. Empty when tracing is off.
ALTER TABLE delivery ADD COLUMN trace_context VARCHAR(128);
