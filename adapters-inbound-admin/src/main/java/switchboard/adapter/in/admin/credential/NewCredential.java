package switchboard.adapter.in.admin.credential;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import switchboard.application.credential.CreateCredentialCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.credential.Credential.AccessLevel;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

/**
 * A request for a credential. {@code type} says which: {@code admin} and {@code capillary-basic}
 * need a username and password; {@code dripcel-api-key} takes {@code permissions};
 * {@code capillary-*} take {@code access} per access group (WRITE on Communication by default).
 */
@Serdeable
public record NewCredential(@NotBlank String type, @Nullable String username, @Nullable String password,
                            @Nullable List<String> permissions, @Nullable Map<String, String> access) {

    /** The command for the tenant; an unknown type or access level is refused, naming the ones there are. */
    public CreateCredentialCommand command(TenantId tenantId) {
        CredentialType credentialType = CredentialTypeName.parse(type).orElseThrow(() -> new InvalidValueException(
                "'" + type + "' is not a credential type; use one of " + CredentialTypeName.NAMES));
        return new CreateCredentialCommand(tenantId, credentialType, username, password,
                Set.copyOf(permissions == null ? List.of() : permissions), accessLevels());
    }

    private Map<String, AccessLevel> accessLevels() {
        Map<String, AccessLevel> levels = new TreeMap<>();
        if (access != null) {
            access.forEach((group, level) -> {
                try {
                    levels.put(group, AccessLevel.valueOf(String.valueOf(level).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("access level '" + level + "' for " + group + " is not READ or WRITE");
                }
            });
        }
        return levels;
    }

    @Override
    public String toString() {
        return "NewCredential[" + type + ", " + username + "]";
    }
}
