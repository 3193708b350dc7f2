-- A caller's own provider credentials for a delivery, encrypted with the gateway's key.
-- A row lives only until its delivery ends.
CREATE TABLE delivery_credentials (
    delivery_id UUID  PRIMARY KEY REFERENCES delivery (id) ON DELETE CASCADE,
    sealed      BYTEA NOT NULL
);
