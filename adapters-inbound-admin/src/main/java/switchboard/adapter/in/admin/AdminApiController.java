package switchboard.adapter.in.admin;

import io.micronaut.http.HttpHeaders;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;

import switchboard.application.shared.StoreUnavailableException;
import switchboard.adapter.in.admin.security.ProblemAuthorizationExceptionHandler;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;

/**
 * The Admin API's controllers inherit these handlers, so every failure of theirs, including a
 * body that cannot be read, is answered with ProblemDetails and never with a stack trace.
 */
public abstract class AdminApiController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminApiController.class);

    /** The security filter's refusal: handled here too, since a controller's own handlers come before global ones. */
    @Error(exception = AuthorizationException.class)
    public HttpResponse<?> unauthorized(HttpRequest<?> request, AuthorizationException error) {
        return ProblemAuthorizationExceptionHandler.problem(request, error);
    }

    @Error(exception = JsonSyntaxException.class)
    public HttpResponse<ProblemDetails> malformedJson(HttpRequest<?> request) {
        return ProblemDetails.response(request, HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
    }

    @Error(exception = ConversionErrorException.class)
    public HttpResponse<ProblemDetails> wrongType(HttpRequest<?> request, ConversionErrorException error) {
        return ProblemDetails.response(request, HttpStatus.BAD_REQUEST,
                "'" + error.getArgument().getName() + "' could not be read: a field has a value of the wrong type.");
    }

    @Error(exception = UnsatisfiedRouteException.class)
    public HttpResponse<ProblemDetails> missing(HttpRequest<?> request, UnsatisfiedRouteException error) {
        return ProblemDetails.response(request, HttpStatus.BAD_REQUEST, "'" + error.getArgument().getName() + "' is required.");
    }

    @Error(exception = ConstraintViolationException.class)
    public HttpResponse<ProblemDetails> invalid(HttpRequest<?> request, ConstraintViolationException error) {
        List<String> problems = error.getConstraintViolations().stream()
                .map(AdminApiController::describe).sorted(Comparator.naturalOrder()).toList();
        return ProblemDetails.response(request, HttpStatus.BAD_REQUEST, "The request is invalid: " + String.join("; ", problems),
                problems);
    }

    @Error(exception = InvalidValueException.class)
    public HttpResponse<ProblemDetails> invalidValue(HttpRequest<?> request, InvalidValueException error) {
        return ProblemDetails.response(request, HttpStatus.BAD_REQUEST, error.getMessage());
    }

    @Error(exception = NotFoundException.class)
    public HttpResponse<ProblemDetails> notFound(HttpRequest<?> request, NotFoundException error) {
        return ProblemDetails.response(request, HttpStatus.NOT_FOUND, error.getMessage());
    }

    @Error(exception = ConflictException.class)
    public HttpResponse<ProblemDetails> conflict(HttpRequest<?> request, ConflictException error) {
        return ProblemDetails.response(request, HttpStatus.CONFLICT, error.getMessage());
    }

    @Error(exception = TenantAccess.Denied.class)
    public HttpResponse<ProblemDetails> forbidden(HttpRequest<?> request, TenantAccess.Denied error) {
        return ProblemDetails.response(request, HttpStatus.FORBIDDEN, error.getMessage());
    }

    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<ProblemDetails> tooLarge(HttpRequest<?> request) {
        return ProblemDetails.response(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The body is larger than the gateway accepts.");
    }

    @Error(exception = StoreUnavailableException.class)
    public HttpResponse<ProblemDetails> unavailable(HttpRequest<?> request, StoreUnavailableException error) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), error.getMessage());
        return ProblemDetails.response(request, HttpStatus.SERVICE_UNAVAILABLE, "The gateway's database cannot be reached; try again later.")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailableException.RETRY_AFTER_SECONDS));
    }

    @Error(exception = Exception.class)
    public HttpResponse<ProblemDetails> unexpected(HttpRequest<?> request, Exception error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return ProblemDetails.response(request, HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway failed to handle the request; the error is in its log.");
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // The path starts with the method and parameter ("send.request."), which mean nothing to a client.
        String field = path.replaceFirst("^[^.]+\\.[^.]+\\.?", "");
        return field.isEmpty() ? violation.getMessage() : field + " " + violation.getMessage();
    }
}
