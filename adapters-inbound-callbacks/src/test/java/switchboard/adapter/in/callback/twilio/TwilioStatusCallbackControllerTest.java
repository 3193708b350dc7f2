package switchboard.adapter.in.callback.twilio;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import switchboard.application.delivery.RecordDeliveryReportUseCase;
import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportOutcome;
import switchboard.application.delivery.SignedReport;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.delivery.ProviderReport.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /callbacks/twilio/{deliveryId}} over real HTTP, with a use case that records what
 * it is handed and answers the verdict a test gives: whether a signature is right is the
 * providers' Twilio verifier's to say, and is tested there and end to end in bootstrap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioStatusCallbackControllerTest {

    private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    private static final String MESSAGE_SID = "SM1f0e0f3c4b7d4e6a9a2b3c4d5e6f7a8b";
    private static final String SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private final FakeReports reports = new FakeReports();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApplicationContext context;
    private EmbeddedServer server;

    @BeforeAll
    void startServer() {
        context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1",
                        "switchboard.twilio.enabled", true))
                .singletons(reports)
                .start();
        server = context.getBean(EmbeddedServer.class).start();
    }

    @AfterAll
    void stopServer() {
        context.close();
    }

    @BeforeEach
    void forget() {
        reports.recorded.clear();
        reports.outcome = ReportOutcome.APPLIED;
    }

    @Test
    void aReportIsHandedOnWithWhatItsSignatureCovers() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered");

        HttpResponse<String> response = post(delivery, form, SIGNATURE);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(reports.recorded).containsExactly(new SignedReport(delivery,
                new ProviderReport(MESSAGE_SID, Outcome.DELIVERED, Optional.empty()), ACCOUNT_SID, form, SIGNATURE));
    }

    @Test
    void aMissingSignatureIsRefused() throws Exception {
        HttpResponse<String> response = post(UUID.randomUUID().toString(), form("delivered"), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("X-Twilio-Signature");
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void theUseCasesVerdictDecidesTheAnswer() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered");

        assertThat(post(delivery, form, SIGNATURE).statusCode()).isEqualTo(204);
        reports.outcome = ReportOutcome.DROPPED;
        assertThat(post(delivery, form, SIGNATURE).statusCode()).isEqualTo(204);
        reports.outcome = ReportOutcome.NOT_AUTHENTIC;
        HttpResponse<String> refused = post(delivery, form, SIGNATURE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("The X-Twilio-Signature does not match.");
    }

    @ParameterizedTest
    @CsvSource({"sent,SENT", "delivered,DELIVERED", "read,READ", "undelivered,UNDELIVERED", "failed,UNDELIVERED",
            "canceled,UNDELIVERED"})
    void eachFinalStatusIsRecordedAsItsOutcome(String status, Outcome outcome) throws Exception {
        assertThat(post(UUID.randomUUID().toString(), form(status), SIGNATURE).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).singleElement().satisfies(recorded -> {
            assertThat(recorded.report().outcome()).isEqualTo(outcome);
            assertThat(recorded.report().error()).isEqualTo(outcome == Outcome.UNDELIVERED
                    ? Optional.of("twilio " + status) : Optional.empty());
        });
    }

    @Test
    void anUndeliveredMessageCarriesTwiliosErrorCodeAndWhatItMeans() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> unreachable = form("undelivered");
        unreachable.put("ErrorCode", "30003");
        Map<String, String> unknownCode = form("failed");
        unknownCode.put("ErrorCode", "39999");

        post(delivery, unreachable, SIGNATURE);
        post(delivery, unknownCode, SIGNATURE);

        assertThat(reports.recorded).extracting(recorded -> recorded.report().error().orElseThrow())
                .containsExactly("twilio 30003: unreachable destination handset", "twilio 39999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"queued", "accepted", "sending", "scheduled", "partially_delivered", "teleported"})
    void statusesWithNothingToRecordAreTakenAndIgnored(String status) throws Exception {
        assertThat(post(UUID.randomUUID().toString(), form(status), SIGNATURE).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void fieldsTwilioAddsAreHandedOnForTheSignature() throws Exception {
        Map<String, String> form = form("delivered");
        form.put("SmsSid", MESSAGE_SID);
        form.put("SmsStatus", "delivered");
        form.put("ApiVersion", "2010-04-01");
        form.put("RawDlrDoneDate", "2501011200");
        form.put("ChannelPrefix", "whatsapp");
        form.put("Body", "Ünïcode & symbols = fine?");

        assertThat(post(UUID.randomUUID().toString(), form, SIGNATURE).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).singleElement().extracting(SignedReport::signedParameters).isEqualTo(form);
    }

    @Test
    void aDeliveryIdThatIsNoneIsHandedOnAsWritten() throws Exception {
        assertThat(post("not-a-delivery", form("delivered"), SIGNATURE).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).extracting(SignedReport::deliveryId).containsExactly("not-a-delivery");
    }

    @Test
    void unreadableBodiesAre400sWithAReason() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> noSid = form("delivered");
        noSid.remove("MessageSid");
        Map<String, String> noStatus = form("delivered");
        noStatus.remove("MessageStatus");
        Map<String, String> noAccount = form("delivered");
        noAccount.remove("AccountSid");
        Map<String, String> badCode = form("failed");
        badCode.put("ErrorCode", "thirty");
        Map<String, String> hugeSid = form("delivered");
        hugeSid.put("MessageSid", "SM" + "0".repeat(300));

        assertBadRequest(post(delivery, noSid, SIGNATURE), "MessageSid is missing");
        assertBadRequest(post(delivery, noStatus, SIGNATURE), "MessageStatus is missing");
        assertBadRequest(post(delivery, noAccount, SIGNATURE), "AccountSid is missing");
        assertBadRequest(post(delivery, badCode, SIGNATURE), "ErrorCode is not a number");
        assertBadRequest(post(delivery, hugeSid, SIGNATURE), "the provider's message id");
        assertBadRequest(postRaw(delivery, "application/x-www-form-urlencoded", "MessageSid=%ZZ", SIGNATURE),
                "not a URL-encoded form");
        assertBadRequest(postRaw(delivery, "application/x-www-form-urlencoded", "MessageStatus=sent&MessageStatus=read",
                SIGNATURE), "given twice");
        assertBadRequest(postRaw(delivery, "application/x-www-form-urlencoded", "", SIGNATURE), "empty");
        assertBadRequest(postRaw(delivery, "application/json", "{\"MessageStatus\":\"sent\"}", SIGNATURE),
                "MessageStatus is missing");
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void withoutTwilioEnabledThereIsNoCallbackRoute() {
        try (ApplicationContext disabled = ApplicationContext.builder().singletons(reports).start()) {
            assertThat(disabled.findBean(TwilioStatusCallbackController.class)).isEmpty();
        }
        assertThat(context.findBean(TwilioStatusCallbackController.class)).isPresent();
    }

    private static void assertBadRequest(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(reason);
    }

    private static Map<String, String> form(String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", MESSAGE_SID);
        form.put("MessageStatus", status);
        form.put("AccountSid", ACCOUNT_SID);
        form.put("From", "+14155550199");
        form.put("To", "+14155550100");
        return form;
    }

    private HttpResponse<String> post(String deliveryId, Map<String, String> form, String signature) throws Exception {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return postRaw(deliveryId, "application/x-www-form-urlencoded; charset=utf-8", body, signature);
    }

    private HttpResponse<String> postRaw(String deliveryId, String contentType, String body, String signature)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve("/callbacks/twilio/" + deliveryId))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Records every report it is handed and answers {@link #outcome}, as if the provider had checked it. */
    private static final class FakeReports implements RecordDeliveryReportUseCase {

        final List<SignedReport> recorded = new CopyOnWriteArrayList<>();
        volatile ReportOutcome outcome = ReportOutcome.APPLIED;

        @Override
        public ReportOutcome record(SignedReport report) {
            recorded.add(report);
            return outcome;
        }
    }
}
