-- A suspended tenant's credentials are all refused and its sends too, until it is resumed (NULL: active).
ALTER TABLE tenant ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
