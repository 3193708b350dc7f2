package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure of a Fliplet controller, in Fliplet's {@code {error, message}} shape. */
class FlipletApiControllerTest {

    private final FlipletApiController controller = new FlipletApiController() {
    };

    @Test
    void anUnknownTokenIsAnsweredAsFlipletAnswersIt() {
        assertAnswer(controller.notAuthorised(new NotAuthorisedException()), HttpStatus.UNAUTHORIZED,
                new FlipletError("not authorised", "The auth_token provided doesn't belong to any user."));
    }

    @Test
    void aTokenWhoseTenantIsGoneBelongsToNobody() {
        assertAnswer(controller.unknownTenant(), HttpStatus.UNAUTHORIZED,
                new FlipletError("not authorised", "The auth_token provided doesn't belong to any user."));
    }

    @Test
    void aRequestItCannotAcceptIsABadRequestSayingWhy() {
        assertAnswer(controller.invalidRequest(new InvalidRequestException("'to' needs at least one recipient")),
                HttpStatus.BAD_REQUEST, new FlipletError("bad request", "'to' needs at least one recipient"));
        assertAnswer(controller.invalidValue(new InvalidValueException("'x' is not an email address")),
                HttpStatus.BAD_REQUEST, new FlipletError("bad request", "'x' is not an email address"));
    }

    @Test
    void aBodyTooLargeIsRefusedInTheSameShape() {
        assertAnswer(controller.tooLarge(), HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                new FlipletError("payload too large", "The body is larger than the gateway accepts."));
    }

    @Test
    void anUnexpectedFailureNamesNoExceptionAndShowsNoStackTrace() {
        HttpResponse<FlipletError> answer = controller.unexpected(HttpRequest.POST("/v1/communicate/email", ""),
                new IllegalStateException("pool exhausted at com.example.Pool"));

        assertAnswer(answer, HttpStatus.INTERNAL_SERVER_ERROR,
                new FlipletError("internal error", "The gateway failed to handle the request; the error is in its log."));
    }

    private static void assertAnswer(HttpResponse<FlipletError> answer, HttpStatus status, FlipletError body) {
        assertThat(answer.code()).isEqualTo(status.getCode());
        assertThat(answer.getBody()).contains(body);
    }
}
