package switchboard.adapter.in.console;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;

import switchboard.adapter.in.console.security.SignInController;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.StoreUnavailableException;
import switchboard.domain.InvalidValueException;

/**
 * The console's controllers inherit these: pages rendered from templates, and every failure
 * answered with a page of the console, never a stack trace. A visitor without a session is sent
 * to sign in.
 */
public abstract class ConsolePage {

    /** The hidden field every form carries: the session's CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private static final Logger LOG = LoggerFactory.getLogger(ConsolePage.class);

    protected static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(String view, Object model) {
        return HttpResponse.ok(new ModelAndView<>(view, Map.of("page", model)));
    }

    protected static MutableHttpResponse<?> redirect(String uri) {
        return HttpResponse.seeOther(URI.create(uri));
    }

    @Error(exception = AuthorizationException.class)
    public HttpResponse<?> unauthorized(HttpRequest<?> request, AuthorizationException error) {
        if (!error.isForbidden()) {
            return HttpResponse.seeOther(SignInController.SIGN_IN_URI);
        }
        return problem(request, HttpStatus.FORBIDDEN, "This account may not open this page.");
    }

    @Error(exception = Operator.Refused.class)
    public HttpResponse<?> refused(HttpRequest<?> request, Operator.Refused error) {
        return problem(request, HttpStatus.FORBIDDEN, "Refused: " + error.getMessage() + ".");
    }

    @Error(exception = NotFoundException.class)
    public HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException error) {
        return problem(request, HttpStatus.NOT_FOUND, error.getMessage());
    }

    @Error(exception = InvalidValueException.class)
    public HttpResponse<?> invalid(HttpRequest<?> request, InvalidValueException error) {
        return problem(request, HttpStatus.BAD_REQUEST, error.getMessage());
    }

    /** A channel, status or kind the console does not know, typed into a URL. */
    @Error(exception = IllegalArgumentException.class)
    public HttpResponse<?> unknownName(HttpRequest<?> request, IllegalArgumentException error) {
        return problem(request, HttpStatus.BAD_REQUEST, "A value in the address is not one the console knows.");
    }

    /** A value of the wrong kind in the address or the form, such as a page number that is not a number. */
    @Error(exception = ConversionErrorException.class)
    public HttpResponse<?> unconvertible(HttpRequest<?> request, ConversionErrorException error) {
        return problem(request, HttpStatus.BAD_REQUEST, "A value in the address or the form is not of the kind the console expects.");
    }

    /** A form sent empty, or a value the page needs left out. */
    @Error(exception = UnsatisfiedRouteException.class)
    public HttpResponse<?> incomplete(HttpRequest<?> request, UnsatisfiedRouteException error) {
        return problem(request, HttpStatus.BAD_REQUEST, "The request lacks something the page needs; send the form from the console's page.");
    }

    @Error(exception = ConflictException.class)
    public HttpResponse<?> conflict(HttpRequest<?> request, ConflictException error) {
        return problem(request, HttpStatus.CONFLICT, error.getMessage());
    }

    @Error(exception = StoreUnavailableException.class)
    public HttpResponse<?> unavailable(HttpRequest<?> request, StoreUnavailableException error) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), error.getMessage());
        return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "The gateway's database cannot be reached; try again later.");
    }

    @Error(exception = Exception.class)
    public HttpResponse<?> unexpected(HttpRequest<?> request, Exception error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "The console failed to show this page; the error is in the gateway's log.");
    }

    private static HttpResponse<?> problem(HttpRequest<?> request, HttpStatus status, String message) {
        return HttpResponse.status(status).body(new ModelAndView<>("problem",
                Map.of("page", new ProblemPage(status.getCode(), status.getReason(), message))));
    }

    /** What the problem page shows. */
    public record ProblemPage(int status, String reason, String message) {
    }
}
