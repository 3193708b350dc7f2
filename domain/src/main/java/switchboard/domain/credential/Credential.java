package switchboard.domain.credential;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireText;

/**
 * A way for a client to act as a tenant. Secrets are never kept: {@code lookupKey} finds the
 * credential (a username, an OAuth key, or the digest of a random token) and
 * {@code secretHash} checks the password or secret, when the type has one.
 *
 * @param permissions   named permissions (Dripcel's {@code sendLog.create})
 * @param access        access level per access group (Capillary's {@code Communication: WRITE})
 * @param platformAdmin an admin who may act on every tenant
 */
public record Credential(CredentialId id, TenantId tenantId, CredentialType type, String lookupKey, String secretHash,
                         Set<String> permissions, Map<String, AccessLevel> access, boolean platformAdmin,
                         Instant createdAt) {

    public static final int MAX_USERNAME_LENGTH = 100;

    public Credential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        requireText(lookupKey, "username", MAX_USERNAME_LENGTH);
        require(type.hasPassword() == (secretHash != null), "a %s credential %s a secret hash", type,
                type.hasPassword() ? "needs" : "has no");
        require(!platformAdmin || type == CredentialType.ADMIN, "only an admin can be a platform admin");
        permissions = Set.copyOf(permissions);
        access = Map.copyOf(access);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean permits(String permission) {
        return permissions.contains(permission);
    }

    public boolean canWrite(String accessGroup) {
        return access.get(accessGroup) == AccessLevel.WRITE;
    }

    /** Read or write access to an access group; write includes read. */
    public enum AccessLevel {
        READ, WRITE
    }
}
