package switchboard.adapter.in.dripcel;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure of a Dripcel controller, in Dripcel's {@code {ok: false, error}} envelope. */
class DripcelApiControllerTest {

    private final DripcelApiController controller = new DripcelApiController() {
    };

    @Test
    void aValueTheCoreRefusesIsABadRequestSayingWhy() {
        assertAnswer(controller.invalidValue(new InvalidValueException("cell '1' is not a possible phone number in ZA")),
                HttpStatus.BAD_REQUEST, "cell '1' is not a possible phone number in ZA");
    }

    @Test
    void somethingMissingIsNotFound() {
        assertAnswer(controller.notFound(new NotFoundException("SMS send", "42")), HttpStatus.NOT_FOUND,
                new NotFoundException("SMS send", "42").getMessage());
    }

    @Test
    void unreadableAndOversizedBodiesAreRefusedInTheEnvelope() {
        assertAnswer(controller.malformedJson(), HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        assertAnswer(controller.tooLarge(), HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The body is larger than the gateway accepts.");
    }

    @Test
    void anUnexpectedFailureNamesNoException() {
        assertAnswer(controller.unexpected(HttpRequest.POST("/send/sms", ""), new IllegalStateException("pool exhausted")),
                HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed to handle the request; the error is in its log.");
    }

    @Test
    void aSuccessCarriesItsDataAndNoError() {
        assertThat(DripcelAnswer.ok("data")).isEqualTo(new DripcelAnswer<>(true, "data", null));
    }

    private static void assertAnswer(HttpResponse<DripcelAnswer<Void>> answer, HttpStatus status, String error) {
        assertThat(answer.code()).isEqualTo(status.getCode());
        assertThat(answer.getBody()).contains(new DripcelAnswer<>(false, null, error));
    }
}
