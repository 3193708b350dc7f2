package switchboard.adapter.in.callback.twilio;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

import switchboard.application.delivery.RecordDeliveryReportUseCase;
import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportOutcome;
import switchboard.application.delivery.SignedReport;
import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.ProviderReport;

/**
 * {@code POST /callbacks/twilio/{deliveryId}}: Twilio's status callbacks, the URL the Twilio
 * senders give as {@code StatusCallback}. Open to anyone, since Twilio has no gateway
 * credentials; a report counts only if its {@code X-Twilio-Signature} is that of an account the
 * delivery may have been sent with, for the URL Twilio called: the use case has the provider
 * check that.
 * <p>
 * Answers 204 to what it takes (applied, or authentic but changing nothing), 403 to what is not
 * signed, or not signed right, and 400 to a body it cannot read. Statuses with nothing to record
 * (queued, sending...) and ones Twilio adds in the future are answered 204 and ignored. A report
 * on a delivery id that is not one is treated as one on a delivery the gateway does not know:
 * checked against the gateway's own account.
 */
@Controller("/callbacks/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "switchboard.twilio.enabled", value = "true")
public class TwilioStatusCallbackController {

    private static final Logger LOG = LoggerFactory.getLogger(TwilioStatusCallbackController.class);

    private final RecordDeliveryReportUseCase reports;

    public TwilioStatusCallbackController(RecordDeliveryReportUseCase reports) {
        this.reports = reports;
    }

    @Post(uri = "/{deliveryId}", consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
    public HttpResponse<String> statusCallback(String deliveryId, @Nullable @Header("X-Twilio-Signature") String signature,
                                               @Nullable @Body String body) {
        if (signature == null || signature.isBlank()) {
            return forbidden("The X-Twilio-Signature header is missing.");
        }
        TwilioStatusCallback callback = TwilioStatusCallback.parse(body);
        Optional<ProviderReport> report = callback.report();
        if (report.isEmpty()) {
            return HttpResponse.noContent();
        }
        SignedReport signed = new SignedReport(deliveryId, report.get(), callback.accountSid(), callback.fields(),
                signature.strip());
        return reports.record(signed) == ReportOutcome.NOT_AUTHENTIC
                ? forbidden("The X-Twilio-Signature does not match.") : HttpResponse.noContent();
    }

    @Error(exception = BadCallbackException.class)
    public HttpResponse<String> unreadable(BadCallbackException error) {
        return badRequest(error.getMessage());
    }

    /** A report the domain refuses, such as a message SID longer than any Twilio gives. */
    @Error(exception = InvalidValueException.class)
    public HttpResponse<String> invalid(InvalidValueException error) {
        return badRequest(error.getMessage());
    }

    @Error(exception = UnsatisfiedRouteException.class)
    public HttpResponse<String> unsatisfied() {
        return badRequest("The request lacks a part of the status callback.");
    }

    @Error(exception = ConversionErrorException.class)
    public HttpResponse<String> unconvertible() {
        return badRequest("The body is not a form.");
    }

    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<String> tooLarge() {
        return HttpResponse.<String>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("The body is larger than the gateway accepts.");
    }

    @Error(exception = Exception.class)
    public HttpResponse<String> unexpected(HttpRequest<?> request, Exception error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return HttpResponse.<String>serverError().contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("The gateway failed to take the report; the error is in its log.");
    }

    private static HttpResponse<String> badRequest(String message) {
        return HttpResponse.<String>badRequest().contentType(MediaType.TEXT_PLAIN_TYPE).body(message);
    }

    private static HttpResponse<String> forbidden(String message) {
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE).body(message);
    }
}
