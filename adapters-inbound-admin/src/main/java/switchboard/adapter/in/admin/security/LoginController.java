package switchboard.adapter.in.admin.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Map;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.ProblemDetails;
import switchboard.adapter.in.admin.Roles;
import switchboard.application.credential.AdminPrincipal;
import switchboard.application.credential.AuthenticateAdminUseCase;
import switchboard.application.credential.LoginAttempt;
import switchboard.application.credential.LoginOutcome;

/**
 * {@code POST /login}: the Admin API's token, for a username and password, in place of Micronaut's
 * login endpoint, so that every answer, refusals and throttling included, is the Admin API's
 * (ProblemDetails), and so that failures are counted against the username and the client address.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController extends AdminApiController {

    private final AuthenticateAdminUseCase authenticate;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> tokens;
    private final HttpClientAddressResolver addresses;

    public LoginController(AuthenticateAdminUseCase authenticate, LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> tokens,
                           HttpClientAddressResolver addresses) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<?> login(@Valid @Body LoginRequest credentials, HttpRequest<?> request) {
        LoginOutcome outcome = authenticate.authenticate(new LoginAttempt(credentials.username(), credentials.password(),
                String.valueOf(addresses.resolve(request))));
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            return tokens.loginSuccess(authentication(loggedIn.admin()), request);
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            return ProblemDetails.response(request, HttpStatus.TOO_MANY_REQUESTS,
                            "Too many failed logins for this username or from this address, or too many at once; "
                                    + "try again in " + seconds + " s.")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return ProblemDetails.response(request, HttpStatus.UNAUTHORIZED, "The username or password is wrong.");
    }

    private static Authentication authentication(AdminPrincipal admin) {
        List<String> roles = admin.platformAdmin() ? List.of(Roles.ADMIN, Roles.PLATFORM_ADMIN) : List.of(Roles.ADMIN);
        return Authentication.build(admin.username(), roles, Map.of(Roles.TENANT_CLAIM, admin.tenantId().value(),
                Roles.CREDENTIAL_CLAIM, admin.credentialId().value().toString(), Roles.STAMP_CLAIM, admin.sessionStamp()));
    }
}
