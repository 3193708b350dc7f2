package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

/**
 * Finds the tenant of a Fliplet app token, sent as Fliplet accepts it: the {@code Auth-token}
 * header, an {@code Authorization: Bearer} header, or the {@code auth_token} query parameter.
 */
@Singleton
public class FlipletAuthenticator {

    private static final String BEARER = "Bearer ";
    private static final String CREDENTIAL = "fliplet.credential";

    private final AuthenticateTokenUseCase authenticate;

    public FlipletAuthenticator(AuthenticateTokenUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /** @throws NotAuthorisedException when the token is missing, unknown or revoked */
    public TenantId tenantOf(HttpRequest<?> request) {
        return credential(request).map(Credential::tenantId).orElseThrow(NotAuthorisedException::new);
    }

    /**
     * The token's credential, if it is one. It is looked up once per request: the rate limits
     * ask before the controller does.
     */
    public Optional<Credential> credential(HttpRequest<?> request) {
        Optional<Credential> known = request.getAttribute(CREDENTIAL, Credential.class);
        if (known.isPresent()) {
            return known;
        }
        Optional<Credential> credential = token(request)
                .flatMap(token -> authenticate.authenticate(CredentialType.FLIPLET_TOKEN, token));
        credential.ifPresent(found -> request.setAttribute(CREDENTIAL, found));
        return credential;
    }

    private static Optional<String> token(HttpRequest<?> request) {
        Optional<String> header = request.getHeaders().get("Auth-token", String.class);
        if (header.isPresent()) {
            return header;
        }
        Optional<String> bearer = request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class)
                .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()));
        return bearer.isPresent() ? bearer : request.getParameters().get("auth_token", String.class);
    }
}
