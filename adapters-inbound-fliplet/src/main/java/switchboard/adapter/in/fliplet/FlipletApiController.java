package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.StoreUnavailableException;
import switchboard.application.shared.TenantSuspendedException;
import switchboard.domain.InvalidValueException;

/**
 * The Fliplet controllers inherit these handlers, so every failure is answered in Fliplet's
 * {@code {error, message}} shape and never with a stack trace.
 */
public abstract class FlipletApiController {

    private static final Logger LOG = LoggerFactory.getLogger(FlipletApiController.class);

    @Error(exception = NotAuthorisedException.class)
    public HttpResponse<FlipletError> notAuthorised(NotAuthorisedException error) {
        return FlipletError.response(HttpStatus.UNAUTHORIZED, "not authorised", error.getMessage());
    }

    @Error(exception = InvalidRequestException.class)
    public HttpResponse<FlipletError> invalidRequest(InvalidRequestException error) {
        return FlipletError.badRequest(error.getMessage());
    }

    @Error(exception = InvalidValueException.class)
    public HttpResponse<FlipletError> invalidValue(InvalidValueException error) {
        return FlipletError.badRequest(error.getMessage());
    }

    /** The token's tenant no longer exists: to the caller, the token belongs to nobody. */
    @Error(exception = NotFoundException.class)
    public HttpResponse<FlipletError> unknownTenant() {
        return notAuthorised(new NotAuthorisedException());
    }

    /** A request without a body: Micronaut refuses to bind it before the controller could. */
    @Error(exception = TenantSuspendedException.class)
    public HttpResponse<FlipletError> suspended() {
        return notAuthorised(new NotAuthorisedException());
    }

    @Error(exception = UnsatisfiedRouteException.class)
    public HttpResponse<FlipletError> missing(UnsatisfiedRouteException error) {
        return FlipletError.badRequest("'" + error.getArgument().getName() + "' is required.");
    }

    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<FlipletError> tooLarge() {
        return FlipletError.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload too large",
                "The body is larger than the gateway accepts.");
    }

    @Error(exception = StoreUnavailableException.class)
    public HttpResponse<FlipletError> unavailable(HttpRequest<?> request, StoreUnavailableException error) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), error.getMessage());
        return FlipletError.response(HttpStatus.SERVICE_UNAVAILABLE, "service unavailable", "The gateway's database cannot be reached; try again later.")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailableException.RETRY_AFTER_SECONDS));
    }

    @Error(exception = Exception.class)
    public HttpResponse<FlipletError> unexpected(HttpRequest<?> request, Exception error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return FlipletError.response(HttpStatus.INTERNAL_SERVER_ERROR, "internal error",
                "The gateway failed to handle the request; the error is in its log.");
    }
}
