package switchboard.adapter.in.admin.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import jakarta.inject.Singleton;

import switchboard.adapter.in.admin.ProblemDetails;

/**
 * Answers a missing or bad token (401) and a token without the role a route needs (403) with
 * ProblemDetails. Only Admin API routes are secured by role: the dialects check their own
 * credentials and answer in their own shapes.
 *
 * <p>The security filter refuses requests that no route takes as well, so that callers without
 * a token learn nothing of the routes. An admin is told the real reason instead: the body's
 * content type (415), the method (405) or the path (404).
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class ProblemAuthorizationExceptionHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final Router router;

    public ProblemAuthorizationExceptionHandler(Router router) {
        this.router = router;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden() && RouteAttributes.getRouteMatch(request).isEmpty()) {
            return unrouted(request);
        }
        return problem(request, exception);
    }

    public static MutableHttpResponse<?> problem(HttpRequest<?> request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ProblemDetails.response(request, HttpStatus.FORBIDDEN, "This route needs an admin account.");
        }
        return ProblemDetails.response(request, HttpStatus.UNAUTHORIZED,
                        "Send a valid bearer token from POST /login in the Authorization header.")
                .header("WWW-Authenticate", "Bearer");
    }

    private MutableHttpResponse<?> unrouted(HttpRequest<?> request) {
        if (router.find(request.getMethod(), request.getPath(), request).findAny().isPresent()) {
            return ProblemDetails.response(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "This route takes its body as JSON (Content-Type: application/json).");
        }
        if (router.findAny(request.getPath(), request).findAny().isPresent()) {
            return ProblemDetails.response(request, HttpStatus.METHOD_NOT_ALLOWED,
                    "This route does not take " + request.getMethodName() + ".");
        }
        return ProblemDetails.response(request, HttpStatus.NOT_FOUND, "No route has this path.");
    }
}
