package switchboard.adapter.in.admin.credential;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A credential as listed: never with its secret. */
@Serdeable
public record CredentialView(String id, String type, String username, String key, List<String> permissions,
                             Map<String, String> access, Instant createdAt) {
}
