package switchboard.domain.tenant;

import java.time.Instant;
import java.util.Objects;

import switchboard.domain.contact.ContactFields;

import static switchboard.domain.Invariants.requireText;

/** An organisation using the gateway: it owns its contacts, credentials, messages and settings. */
public record Tenant(TenantId id, String name, ContactFields contactFields, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        requireText(name, "name", MAX_NAME_LENGTH);
        Objects.requireNonNull(contactFields, "contactFields");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Tenant withContactFields(ContactFields fields) {
        return new Tenant(id, name, fields, createdAt);
    }
}
