package switchboard.adapter.in.capillary.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import switchboard.adapter.in.capillary.CapillaryApiController;
import switchboard.adapter.in.capillary.Fault;
import switchboard.adapter.in.capillary.RequestRefused;
import switchboard.application.credential.IssueAccessTokenUseCase;

/**
 * Capillary's token API: an OAuth client's key and secret buy a signed access token, sent
 * afterwards as {@code X-CAP-API-OAUTH-TOKEN}, good for {@code ttlSeconds}.
 */
@Controller("/v3/oauth/token")
@Consumes(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OAuthTokenController extends CapillaryApiController {

    private final IssueAccessTokenUseCase issueAccessToken;

    public OAuthTokenController(IssueAccessTokenUseCase issueAccessToken) {
        this.issueAccessToken = issueAccessToken;
    }

    @Post("/generate")
    public HttpResponse<TokenResponse> generate(@Body TokenRequest request) {
        if (request.key() == null || request.key().isBlank() || request.secret() == null || request.secret().isBlank()) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, "Both 'key' and 'secret' are required.");
        }
        return issueAccessToken.issue(request.key(), request.secret())
                // RFC 6749 section 5.1: a token answer is never to be stored by a cache.
                .map(token -> HttpResponse.ok(TokenResponse.of(token)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .header(HttpHeaders.PRAGMA, "no-cache"))
                .orElseThrow(() -> new RequestRefused(HttpStatus.UNAUTHORIZED, Fault.UNAUTHORIZED,
                        "Unauthorized: the key and secret do not match an API client."));
    }

    @Override
    protected MutableHttpResponse<?> refuse(HttpStatus status, Fault fault, String message) {
        return HttpResponse.status(status).body(TokenResponse.refused(fault, message));
    }
}
