package switchboard.adapter.in.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}), the Admin API's
 * error shape. {@code errors} lists each problem when there are several.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetails(String type, String title, int status, String detail, String instance, List<String> errors) {

    public static final MediaType MEDIA_TYPE = MediaType.of("application/problem+json");

    public static MutableHttpResponse<ProblemDetails> response(HttpRequest<?> request, HttpStatus status, String detail) {
        return response(request, status, detail, null);
    }

    public static MutableHttpResponse<ProblemDetails> response(HttpRequest<?> request, HttpStatus status, String detail,
                                                               List<String> errors) {
        return HttpResponse.<ProblemDetails>status(status)
                .body(new ProblemDetails("about:blank", status.getReason(), status.getCode(), detail, request.getPath(), errors))
                .contentType(MEDIA_TYPE);
    }
}
