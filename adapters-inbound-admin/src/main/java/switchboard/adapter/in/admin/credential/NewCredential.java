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
 * need a username and password (a Capillary user may give {@code passwordMd5} instead);
 * {@code dripcel-api-key} takes {@code permissions}; {@code capillary-*} take {@code access} per
 * access group (WRITE on Communication by default). The token types keep an existing secret when
 * given one: {@code token} (Fliplet), {@code apiKey} (Dripcel), {@code key} and {@code secret}
 * (Capillary OAuth).
 */
@Serdeable
public record NewCredential(@NotBlank String type, @Nullable String username, @Nullable String password,
                            @Nullable String passwordMd5, @Nullable String token, @Nullable String apiKey,
                            @Nullable String key, @Nullable String secret,
                            @Nullable List<String> permissions, @Nullable Map<String, String> access) {

    /** The command for the tenant; an unknown type or access level, or a field of another type, is refused. */
    public CreateCredentialCommand command(TenantId tenantId) {
        CredentialType credentialType = CredentialTypeName.parse(type).orElseThrow(() -> new InvalidValueException(
                "'" + type + "' is not a credential type; use one of " + CredentialTypeName.NAMES));
        onlyFor(credentialType, "passwordMd5", passwordMd5, CredentialType.CAPILLARY_BASIC);
        onlyFor(credentialType, "token", token, CredentialType.FLIPLET_TOKEN);
        onlyFor(credentialType, "apiKey", apiKey, CredentialType.DRIPCEL_API_KEY);
        onlyFor(credentialType, "key", key, CredentialType.CAPILLARY_OAUTH);
        onlyFor(credentialType, "secret", secret, CredentialType.CAPILLARY_OAUTH);
        if (credentialType == CredentialType.CAPILLARY_OAUTH && username != null) {
            throw new InvalidValueException("a capillary-oauth credential has a 'key', not a 'username'");
        }
        String existingSecret = token != null ? token : apiKey != null ? apiKey : secret;
        return new CreateCredentialCommand(tenantId, credentialType, key != null ? key : username, password, passwordMd5,
                existingSecret, Set.copyOf(permissions == null ? List.of() : permissions), accessLevels());
    }

    private static void onlyFor(CredentialType given, String field, String value, CredentialType owner) {
        if (value != null && given != owner) {
            throw new InvalidValueException("'" + field + "' is for a " + CredentialTypeName.of(owner)
                    + " credential only");
        }
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
