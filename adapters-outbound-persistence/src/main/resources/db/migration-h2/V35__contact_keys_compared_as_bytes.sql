-- PostgreSQL's V35 makes contact ids and address keys compare as bytes; H2 compares strings by
-- code point already (its default collation is off).
COMMENT ON TABLE contact IS 'A tenant''s contacts: an id and the data scopes and templates read';
