package switchboard.application.credential;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireText;

/**
 * A request for a new credential. Admins and Capillary users choose a username and password;
 * the other types get a random secret from the gateway.
 */
public record CreateCredentialCommand(TenantId tenantId, CredentialType type, String username, String password,
                                      Set<String> permissions, Map<String, AccessLevel> access) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;

    public CreateCredentialCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(type, "type");
        boolean chosen = type == CredentialType.ADMIN || type == CredentialType.CAPILLARY_BASIC;
        if (chosen) {
            requireText(username, "username", Credential.MAX_USERNAME_LENGTH);
            require(username.chars().noneMatch(c -> c == ':' || Character.isWhitespace(c) || Character.isISOControl(c)),
                    "a username must not contain spaces, colons or control characters");
            require(password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= MAX_PASSWORD_LENGTH,
                    "a password is %d to %d characters", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
        } else {
            require(username == null && password == null, "a %s credential gets its secret from the gateway", type);
        }
        permissions = Set.copyOf(permissions);
        access = Map.copyOf(access);
    }
}
