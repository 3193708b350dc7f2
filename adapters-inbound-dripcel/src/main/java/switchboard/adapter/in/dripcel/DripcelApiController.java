package switchboard.adapter.in.dripcel;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Objects;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.StoreUnavailableException;
import switchboard.application.shared.TenantSuspendedException;
import switchboard.domain.InvalidValueException;

/**
 * The Dripcel controllers inherit these handlers, so every failure of theirs, including a body
 * that cannot be read, is answered as {@code {ok: false, error}} and never with a stack trace.
 */
public abstract class DripcelApiController {

    private static final Logger LOG = LoggerFactory.getLogger(DripcelApiController.class);

    @Error(exception = JsonSyntaxException.class)
    public HttpResponse<DripcelAnswer<Void>> malformedJson() {
        return DripcelAnswer.failure(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
    }

    @Error(exception = ConversionErrorException.class)
    public HttpResponse<DripcelAnswer<Void>> wrongType(ConversionErrorException error) {
        return DripcelAnswer.failure(HttpStatus.BAD_REQUEST,
                "'" + error.getArgument().getName() + "' could not be read: a field has a value of the wrong type.");
    }

    @Error(exception = UnsatisfiedRouteException.class)
    public HttpResponse<DripcelAnswer<Void>> missing(UnsatisfiedRouteException error) {
        return DripcelAnswer.failure(HttpStatus.BAD_REQUEST, "'" + error.getArgument().getName() + "' is required.");
    }

    @Error(exception = ConstraintViolationException.class)
    public HttpResponse<DripcelAnswer<Void>> invalid(ConstraintViolationException error) {
        return DripcelAnswer.failure(HttpStatus.BAD_REQUEST, String.join("; ", error.getConstraintViolations().stream()
                .map(DripcelApiController::describe).sorted().toList()));
    }

    @Error(exception = InvalidValueException.class)
    public HttpResponse<DripcelAnswer<Void>> invalidValue(InvalidValueException error) {
        return DripcelAnswer.failure(HttpStatus.BAD_REQUEST, error.getMessage());
    }

    @Error(exception = NotFoundException.class)
    public HttpResponse<DripcelAnswer<Void>> notFound(NotFoundException error) {
        return DripcelAnswer.failure(HttpStatus.NOT_FOUND, error.getMessage());
    }

    @Error(exception = TenantSuspendedException.class)
    public HttpResponse<DripcelAnswer<Void>> suspended() {
        return ApiKeyFilter.invalidKey();
    }

    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<DripcelAnswer<Void>> tooLarge() {
        return DripcelAnswer.failure(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The body is larger than the gateway accepts.");
    }

    @Error(exception = StoreUnavailableException.class)
    public HttpResponse<DripcelAnswer<Void>> unavailable(HttpRequest<?> request, StoreUnavailableException error) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), error.getMessage());
        return DripcelAnswer.failure(HttpStatus.SERVICE_UNAVAILABLE, "The gateway's database cannot be reached; try again later.")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(StoreUnavailableException.RETRY_AFTER_SECONDS));
    }

    @Error(exception = Exception.class)
    public HttpResponse<DripcelAnswer<Void>> unexpected(HttpRequest<?> request, Exception error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return DripcelAnswer.failure(HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway failed to handle the request; the error is in its log.");
    }

    private static String describe(ConstraintViolation<?> violation) {
        // The path starts with the method and parameter ("send.request."), which mean nothing to a client.
        String field = violation.getPropertyPath().toString().replaceFirst("^[^.]+\\.[^.]+\\.?", "");
        return field.isEmpty() ? violation.getMessage() : jsonName(violation.getLeafBean(), field) + " " + violation.getMessage();
    }

    /** The field as the client wrote it: {@code template_id[0]} rather than the record's {@code templateId[0]}. */
    private static String jsonName(Object bean, String field) {
        String name = field.split("[\\[.]", 2)[0];
        if (bean == null || !bean.getClass().isRecord()) {
            return field;
        }
        return Arrays.stream(bean.getClass().getRecordComponents())
                .filter(component -> component.getName().equals(name))
                .map(component -> component.getAccessor().getAnnotation(JsonProperty.class))
                .filter(Objects::nonNull).findFirst()
                .map(property -> property.value() + field.substring(name.length()))
                .orElse(field);
    }
}
