-- A message may belong to a caller's campaign and may be a test (captured, never sent).
ALTER TABLE message ADD COLUMN campaign_id VARCHAR(100);
ALTER TABLE message ADD COLUMN test_mode BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX message_tenant_campaign ON message (tenant_id, campaign_id);

-- A delivery may carry its own content (a template filled in for its recipient, or what its
-- channel says instead); NULL columns mean the message's content.
ALTER TABLE delivery ADD COLUMN has_own_content BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE delivery ADD COLUMN subject VARCHAR(998);
ALTER TABLE delivery ADD COLUMN body_text TEXT;
ALTER TABLE delivery ADD COLUMN body_html TEXT;
