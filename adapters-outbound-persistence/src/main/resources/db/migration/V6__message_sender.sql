-- Who an SMS or WhatsApp message says it is from; NULL for the channel's configured sender.
ALTER TABLE message ADD COLUMN sender VARCHAR(50);
