package switchboard.adapter.in.dripcel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Locale;
import java.util.Optional;

import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

/**
 * Checks the Dripcel API key ({@code Authorization: Bearer <api key>}) before anything else,
 * body included, and leaves its credential in the request for the controllers. Sending needs
 * {@code sendLog.create}; reading a send's status needs {@code sendLog.read} or that.
 */
@ServerFilter(ApiKeyFilter.PATHS)
public class ApiKeyFilter implements Ordered {

    public static final String PATHS = "/send/**";
    /** The request attribute holding the caller's credential. */
    public static final String CREDENTIAL = "dripcel.credential";
    public static final String SEND = "sendLog.create";
    public static final String READ = "sendLog.read";

    private static final String BEARER = "bearer ";

    private final AuthenticateTokenUseCase authenticate;

    public ApiKeyFilter(AuthenticateTokenUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /** With the security filter: before the gateway's guards, which count the key's requests. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    /** @return a refusal, or null to let the request through */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<DripcelAnswer<Void>> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().getAuthorization().orElse("");
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return unauthorized("Send your API key as 'Authorization: Bearer <api key>'.");
        }
        Optional<Credential> key = authenticate.authenticate(CredentialType.DRIPCEL_API_KEY, header.substring(BEARER.length()));
        if (key.isEmpty()) {
            return invalidKey();
        }
        boolean sending = request.getMethod() != HttpMethod.GET;
        if (!key.get().permits(SEND) && (sending || !key.get().permits(READ))) {
            return DripcelAnswer.failure(HttpStatus.FORBIDDEN, "This API key lacks the " + (sending ? SEND : READ)
                    + " permission.");
        }
        request.setAttribute(CREDENTIAL, key.get());
        return null;
    }

    /** The answer to a key the gateway does not know (or whose tenant is suspended). */
    static HttpResponse<DripcelAnswer<Void>> invalidKey() {
        return unauthorized("The API key is not valid.");
    }

    private static HttpResponse<DripcelAnswer<Void>> unauthorized(String error) {
        return DripcelAnswer.failure(HttpStatus.UNAUTHORIZED, error).header("WWW-Authenticate", "Bearer");
    }
}
