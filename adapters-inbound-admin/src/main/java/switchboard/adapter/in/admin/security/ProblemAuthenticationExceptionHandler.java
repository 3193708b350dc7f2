package switchboard.adapter.in.admin.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationExceptionHandler;
import jakarta.inject.Singleton;

import switchboard.adapter.in.admin.ProblemDetails;

/** Answers a failed {@code POST /login} with ProblemDetails, naming neither which part was wrong. */
@Singleton
@Replaces(AuthenticationExceptionHandler.class)
public class ProblemAuthenticationExceptionHandler implements ExceptionHandler<AuthenticationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthenticationException exception) {
        return ProblemDetails.response(request, HttpStatus.UNAUTHORIZED, "The username or password is wrong.");
    }
}
