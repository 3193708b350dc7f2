package switchboard.adapter.in.admin.credential;

import io.micronaut.serde.annotation.Serdeable;

import switchboard.application.credential.IssuedCredential;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

/** A new credential with its secret, shown this once; only the fields of its type are present. */
@Serdeable
public record IssuedCredentialView(String id, String type, String username, String token, String apiKey, String key,
                                   String secret) {

    /** The secret under its type's name: a Fliplet token, a Dripcel API key or a Capillary OAuth secret. */
    public static IssuedCredentialView of(IssuedCredential issued) {
        Credential credential = issued.credential();
        String secret = issued.secret().orElse(null);
        CredentialType type = credential.type();
        return new IssuedCredentialView(credential.id().toString(), CredentialTypeName.of(type),
                CredentialView.usernameOf(credential), type == CredentialType.FLIPLET_TOKEN ? secret : null,
                type == CredentialType.DRIPCEL_API_KEY ? secret : null, CredentialView.keyOf(credential),
                type == CredentialType.CAPILLARY_OAUTH ? secret : null);
    }
}
