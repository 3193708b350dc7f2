package switchboard.adapter.in.admin.credential;

import io.micronaut.serde.annotation.Serdeable;

/** A new credential with its secret, shown this once; only the fields of its type are present. */
@Serdeable
public record IssuedCredentialView(String id, String type, String username, String token, String apiKey, String key,
                                   String secret) {
}
