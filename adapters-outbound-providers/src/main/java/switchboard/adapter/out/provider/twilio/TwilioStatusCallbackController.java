package switchboard.adapter.out.provider.twilio;

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
import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportAuthenticity;
import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportOutcome;
import switchboard.domain.InvalidValueException;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.provider.ProviderAccount;

/**
 * {@code POST /callbacks/twilio/{deliveryId}}: Twilio's status callbacks, the URL the senders
 * give as {@code StatusCallback}. Open to anyone, since Twilio has no gateway credentials; a
 * report counts only if its {@code X-Twilio-Signature} is that of an account the delivery may
 * have been sent with, for the URL Twilio called ({@code switchboard.twilio.status-callback-base-url}
 * and this path, not the URL this server sees behind a proxy).
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
    private final TwilioConfiguration configuration;

    public TwilioStatusCallbackController(RecordDeliveryReportUseCase reports, TwilioConfiguration configuration) {
        this.reports = reports;
        this.configuration = configuration;
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
        String accountSid = callback.accountSid();
        ReportAuthenticity authenticity = account -> signedFor(account, accountSid, deliveryId, callback, signature.strip());
        boolean authentic = delivery(deliveryId)
                .map(known -> reports.record(known, report.get(), authenticity) != ReportOutcome.NOT_AUTHENTIC)
                .orElseGet(() -> authenticity.signedFor(Optional.empty()));
        return authentic ? HttpResponse.noContent() : forbidden("The X-Twilio-Signature does not match.");
    }

    /**
     * Whether the callback is signed by the account (the gateway's when empty) for this
     * delivery's callback URL, and names that account.
     */
    private boolean signedFor(Optional<ProviderAccount> account, String accountSid, String deliveryId,
                              TwilioStatusCallback callback, String signature) {
        Optional<TwilioCredentials> credentials;
        try {
            credentials = account.isPresent() ? Optional.of(TwilioAccount.credentialsOf(account.get()))
                    : configuration.gatewayCredentials();
        } catch (IllegalArgumentException notTwilios) {
            return false;
        }
        return credentials.filter(signer -> signer.accountSid().equals(accountSid))
                .filter(signer -> configuration.signedCallbackUrls(deliveryId).stream()
                        .anyMatch(url -> TwilioSignature.matches(signature, signer.authToken(), url, callback.fields())))
                .isPresent();
    }

    private static Optional<DeliveryId> delivery(String deliveryId) {
        try {
            return Optional.of(DeliveryId.parse(deliveryId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
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
