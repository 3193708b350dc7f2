package switchboard.adapter.in.admin.credential;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

/** A credential as listed: never with its secret. */
@Serdeable
public record CredentialView(String id, String type, String username, String key, List<String> permissions,
                             Map<String, String> access, Instant createdAt) {

    /** The credential with its permissions and access groups in alphabetical order, each left out when there are none. */
    public static CredentialView of(Credential credential) {
        List<String> permissions = credential.permissions().stream().sorted().toList();
        Map<String, String> access = new TreeMap<>();
        credential.access().forEach((group, level) -> access.put(group, level.name()));
        return new CredentialView(credential.id().toString(), CredentialTypeName.of(credential.type()), usernameOf(credential),
                keyOf(credential), permissions.isEmpty() ? null : permissions, access.isEmpty() ? null : access,
                credential.createdAt());
    }

    /** The name an admin or Capillary user logs in with; other types are found by their secret's digest, not shown. */
    static String usernameOf(Credential credential) {
        return credential.type() == CredentialType.ADMIN || credential.type() == CredentialType.CAPILLARY_BASIC
                ? credential.lookupKey() : null;
    }

    /** The key of a Capillary OAuth client, which it sends with its secret. */
    static String keyOf(Credential credential) {
        return credential.type() == CredentialType.CAPILLARY_OAUTH ? credential.lookupKey() : null;
    }
}
