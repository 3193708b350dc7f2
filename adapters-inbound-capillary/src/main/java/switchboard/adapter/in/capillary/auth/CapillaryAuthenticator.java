package switchboard.adapter.in.capillary.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.RequestRefused;
import switchboard.application.credential.AuthenticateAccessTokenUseCase;
import switchboard.application.credential.AuthenticatePasswordUseCase;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.TenantId;

/**
 * Who a Capillary request comes from: an access token in {@code X-CAP-API-OAUTH-TOKEN} when the
 * header is there (a bad one is refused, Basic is then not tried), else Basic authentication
 * of a Capillary user. Sending needs WRITE on the {@code Communication} access group.
 */
@Singleton
public class CapillaryAuthenticator {

    public static final String OAUTH_HEADER = "X-CAP-API-OAUTH-TOKEN";
    /** The refusal of a missing or unknown credential (or one whose tenant is suspended). */
    public static final String REFUSAL = "Unauthorized: send Basic base64(username:md5(password)), or an " + OAUTH_HEADER
            + " from POST /v3/oauth/token/generate that has not expired.";
    public static final String ACCESS_GROUP = "Communication";
    private static final String CREDENTIAL = "capillary.credential";

    private final AuthenticatePasswordUseCase passwords;
    private final AuthenticateAccessTokenUseCase accessTokens;

    public CapillaryAuthenticator(AuthenticatePasswordUseCase passwords, AuthenticateAccessTokenUseCase accessTokens) {
        this.passwords = passwords;
        this.accessTokens = accessTokens;
    }

    /**
     * The tenant the caller may send for.
     *
     * @throws RequestRefused for a missing or bad credential (401) or one without access (403)
     */
    public TenantId sender(HttpRequest<?> request) {
        Credential credential = authenticated(request).orElseThrow(() -> new RequestRefused(HttpStatus.UNAUTHORIZED,
                Fault.UNAUTHORIZED, REFUSAL));
        if (!credential.canWrite(ACCESS_GROUP)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, Fault.FORBIDDEN,
                    "Forbidden: this credential has no WRITE access to the " + ACCESS_GROUP + " access group.");
        }
        return credential.tenantId();
    }

    /** The credential of a caller who may send; empty for any other caller, whom {@link #sender} refuses. */
    public Optional<Credential> sendingCredential(HttpRequest<?> request) {
        return authenticated(request).filter(credential -> credential.canWrite(ACCESS_GROUP));
    }

    /** The caller's credential, checked once per request: the rate limits ask before the controller does. */
    private Optional<Credential> authenticated(HttpRequest<?> request) {
        Optional<Credential> known = request.getAttribute(CREDENTIAL, Credential.class);
        if (known.isPresent()) {
            return known;
        }
        Optional<Credential> credential = credential(request);
        credential.ifPresent(found -> request.setAttribute(CREDENTIAL, found));
        return credential;
    }

    private Optional<Credential> credential(HttpRequest<?> request) {
        String token = request.getHeaders().get(OAUTH_HEADER);
        if (token != null) {
            return accessTokens.authenticate(token);
        }
        return BasicCredentials.parse(request.getHeaders().get(HttpHeaders.AUTHORIZATION)).flatMap(basic ->
                passwords.authenticate(CredentialType.CAPILLARY_BASIC, basic.username(), basic.secret()));
    }
}
