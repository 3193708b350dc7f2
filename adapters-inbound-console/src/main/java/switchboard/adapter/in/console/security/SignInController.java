package switchboard.adapter.in.console.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.ConsolePage;
import switchboard.adapter.in.console.Operator;
import switchboard.application.credential.AuthenticateAdminUseCase;
import switchboard.application.credential.LoginAttempt;
import switchboard.application.credential.LoginOutcome;

/**
 * Signing in and out of the console with an admin account, through the same use case as the
 * Admin API's {@code POST /login} (its throttling included). The session is a signed token, as the
 * Admin API's, kept in an HttpOnly cookie. The sign-in form is protected from cross-site posts by
 * a token in a cookie of its own that the form must repeat.
 */
@Controller(ConsoleCookieTokenReader.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class SignInController extends ConsolePage {

    public static final URI SIGN_IN_URI = URI.create(ConsoleCookieTokenReader.PATH + "/sign-in");
    private static final String SIGN_IN_COOKIE = "switchboard_console_sign_in";
    private static final Duration SIGN_IN_FORM_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthenticateAdminUseCase authenticate;
    private final TokenGenerator tokens;
    private final HttpClientAddressResolver addresses;
    private final int sessionSeconds;

    public SignInController(AuthenticateAdminUseCase authenticate, TokenGenerator tokens, HttpClientAddressResolver addresses,
                            @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int sessionSeconds) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.addresses = addresses;
        this.sessionSeconds = sessionSeconds;
    }

    @Get("/sign-in")
    public HttpResponse<?> form(HttpRequest<?> request) {
        return signInPage(request, HttpStatus.OK, null);
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> signIn(@Body Map<String, String> form, HttpRequest<?> request) {
        Optional<String> expected = request.getCookies().findCookie(SIGN_IN_COOKIE).map(Cookie::getValue);
        String presented = form.getOrDefault(CSRF_FIELD, "");
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            return signInPage(request, HttpStatus.FORBIDDEN, "The sign-in form expired or did not come from this console; try again.");
        }
        String username = form.getOrDefault("username", "");
        String password = form.getOrDefault("password", "");
        if (username.isBlank() || password.isEmpty()) {
            return signInPage(request, HttpStatus.BAD_REQUEST, "Enter a username and a password.");
        }
        LoginOutcome outcome = authenticate.authenticate(new LoginAttempt(username, password, String.valueOf(addresses.resolve(request))));
        if (outcome instanceof LoginOutcome.LoggedIn loggedIn) {
            Authentication session = Operator.session(loggedIn.admin(), randomToken());
            String token = tokens.generateToken(session, sessionSeconds)
                    .orElseThrow(() -> new IllegalStateException("no session token could be signed"));
            return SessionCookie.set(HttpResponse.seeOther(URI.create(ConsoleCookieTokenReader.PATH)), ConsoleCookieTokenReader.COOKIE,
                    token, ConsoleCookieTokenReader.PATH, Duration.ofSeconds(sessionSeconds), request);
        }
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            return signInPage(request, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins for this username or from this address; try again in " + seconds + " s.");
        }
        return signInPage(request, HttpStatus.UNAUTHORIZED, "The username or password is wrong.");
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> signOut(@Body Map<String, String> form, Operator operator, HttpRequest<?> request) {
        operator.checkForm(form);
        return SessionCookie.cleared(HttpResponse.seeOther(SIGN_IN_URI), request);
    }

    private HttpResponse<?> signInPage(HttpRequest<?> request, HttpStatus status, String error) {
        String formToken = randomToken();
        return SessionCookie.set(HttpResponse.status(status).body(new ModelAndView<>("sign_in",
                        Map.of("page", new SignInPage(formToken, error)))),
                SIGN_IN_COOKIE, formToken, SIGN_IN_URI.getPath(), SIGN_IN_FORM_LIFETIME, request);
    }

    private static String randomToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The sign-in form: its CSRF token, and what went wrong with the last attempt, if anything. */
    public record SignInPage(String csrfToken, String error) {
    }
}
