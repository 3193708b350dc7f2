package switchboard.adapter.in.capillary;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import switchboard.adapter.in.capillary.auth.CapillaryAuthenticator;
import switchboard.application.shared.StoreUnavailableException;
import switchboard.application.shared.TenantSuspendedException;
import switchboard.domain.InvalidValueException;

/**
 * The dialect's controllers inherit these handlers, so every refusal of theirs, including a
 * body too large or unreadable and a failure of the gateway, is answered in the controller's
 * own Capillary shape and never with a stack trace.
 */
public abstract class CapillaryApiController {

    private static final Logger LOG = LoggerFactory.getLogger(CapillaryApiController.class);
    private static final String UNREADABLE = "The body could not be read: it is not JSON of the documented shape.";

    /** The answer refusing a request, in the controller's shape. */
    protected abstract MutableHttpResponse<?> refuse(HttpStatus status, Fault fault, String message);

    @Error(exception = RequestRefused.class)
    public HttpResponse<?> refused(RequestRefused refusal) {
        return refuse(refusal.status(), refusal.fault(), refusal.getMessage());
    }

    @Error(exception = JsonSyntaxException.class)
    public HttpResponse<?> malformedJson() {
        return refuse(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, UNREADABLE);
    }

    @Error(exception = ConversionErrorException.class)
    public HttpResponse<?> wrongType() {
        return refuse(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, UNREADABLE);
    }

    @Error(exception = UnsatisfiedRouteException.class)
    public HttpResponse<?> missing(UnsatisfiedRouteException error) {
        return refuse(HttpStatus.BAD_REQUEST, Fault.UNREADABLE_BODY, "'" + error.getArgument().getName() + "' is required.");
    }

    @Error(exception = InvalidValueException.class)
    public HttpResponse<?> invalidValue(InvalidValueException error) {
        return refuse(HttpStatus.BAD_REQUEST, Fault.INVALID_ITEM, error.getMessage());
    }

    @Error(exception = TenantSuspendedException.class)
    public HttpResponse<?> suspended() {
        return refuse(HttpStatus.UNAUTHORIZED, Fault.UNAUTHORIZED, CapillaryAuthenticator.REFUSAL);
    }

    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<?> tooLarge() {
        return refuse(HttpStatus.REQUEST_ENTITY_TOO_LARGE, Fault.TOO_LARGE,
                "The body is larger than the gateway accepts (SWITCHBOARD_MAX_REQUEST_SIZE).");
    }

    @Error(exception = StoreUnavailableException.class)
    public HttpResponse<?> unavailable(HttpRequest<?> request, StoreUnavailableException error) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), error.getMessage());
        return refuse(HttpStatus.SERVICE_UNAVAILABLE, Fault.UNAVAILABLE, "The gateway's database cannot be reached; try again later.")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailableException.RETRY_AFTER_SECONDS));
    }

    @Error(exception = Exception.class)
    public HttpResponse<?> unexpected(HttpRequest<?> request, Exception error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return refuse(HttpStatus.INTERNAL_SERVER_ERROR, Fault.INTERNAL_ERROR,
                "The gateway failed to handle the request; the error is in its log.");
    }
}
