package switchboard.adapter.in.admin.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import switchboard.adapter.in.admin.ProblemDetails;

/**
 * Answers a missing or bad token (401) and a token without the role a route needs (403) with
 * ProblemDetails. Only Admin API routes are secured by role: the dialects check their own
 * credentials and answer in their own shapes.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class ProblemAuthorizationExceptionHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
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
}
