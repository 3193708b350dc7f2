package switchboard.domain.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.contact.ContactFields;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireText;

/**
 * An organisation using the gateway: it owns its contacts, credentials, messages and settings.
 *
 * @param retention   how long its finished messages are kept, when it differs from the gateway's
 *                    default; empty for the default
 * @param suspendedAt since when it is suspended (every credential of it refused, no send taken);
 *                    empty while it is active
 */
public record Tenant(TenantId id, String name, ContactFields contactFields, Instant createdAt, Optional<Duration> retention,
                     Optional<Instant> suspendedAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        requireText(name, "name", MAX_NAME_LENGTH);
        Objects.requireNonNull(contactFields, "contactFields");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(retention, "retention");
        retention.ifPresent(age -> require(!age.isNegative() && !age.isZero(), "retention must be longer than nothing"));
        Objects.requireNonNull(suspendedAt, "suspendedAt");
    }

    /** An active tenant that keeps its messages as long as the gateway's default. */
    public Tenant(TenantId id, String name, ContactFields contactFields, Instant createdAt) {
        this(id, name, contactFields, createdAt, Optional.empty(), Optional.empty());
    }

    public boolean suspended() {
        return suspendedAt.isPresent();
    }

    public Tenant withContactFields(ContactFields fields) {
        return new Tenant(id, name, fields, createdAt, retention, suspendedAt);
    }

    public Tenant withRetention(Optional<Duration> age) {
        return new Tenant(id, name, contactFields, createdAt, age, suspendedAt);
    }

    /** Suspended since {@code at}; a tenant suspended already keeps its first time. */
    public Tenant suspendedSince(Instant at) {
        return suspended() ? this : new Tenant(id, name, contactFields, createdAt, retention, Optional.of(at));
    }

    public Tenant resumed() {
        return new Tenant(id, name, contactFields, createdAt, retention, Optional.empty());
    }
}
