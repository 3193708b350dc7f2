-- The tenants' stored message templates (subject and bodies may hold {{fields}}).
CREATE TABLE message_template (
    tenant_id VARCHAR(63)  NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    id        VARCHAR(100) NOT NULL,
    name      VARCHAR(200) NOT NULL,
    subject   VARCHAR(998),
    body_text TEXT,
    body_html TEXT,
    PRIMARY KEY (tenant_id, id)
);

-- Every address a contact's data holds (email addresses in lower case, phone numbers in E.164),
-- written with the contact, so that a send finds the contacts of thousands of addresses by
-- index. Sends check the tenant's contact fields on what it finds, so renaming the fields needs
-- no new index. Contacts stored before this migration are found once they are upserted again.
CREATE TABLE contact_address (
    tenant_id  VARCHAR(63)  NOT NULL,
    contact_id VARCHAR(200) NOT NULL,
    address    VARCHAR(254) NOT NULL,
    PRIMARY KEY (tenant_id, address, contact_id),
    FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX contact_address_contact ON contact_address (tenant_id, contact_id);
