package switchboard.adapter.out.provider.twilio;

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
import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportAuthenticity;
import switchboard.application.delivery.RecordDeliveryReportUseCase.ReportOutcome;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.ProviderReport;
import switchboard.domain.delivery.ProviderReport.Outcome;
import switchboard.domain.provider.ProviderAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_TOKEN;
import static switchboard.adapter.out.provider.twilio.Twilio.MESSAGE_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.PUBLIC_URL;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_TOKEN;

/**
 * {@code POST /callbacks/twilio/{deliveryId}} over real HTTP, with a use case that checks the
 * report's authenticity against the accounts a test says the delivery may have been sent with.
 * Signatures are computed here, independently of the controller's code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioStatusCallbackControllerTest {

    private final FakeReports reports = new FakeReports();
    private final HttpClient http = HttpClient.newHttpClient();
    private ApplicationContext context;
    private EmbeddedServer server;

    @BeforeAll
    void startServer() {
        context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.port", -1, "micronaut.server.host", "127.0.0.1",
                        "switchboard.twilio.enabled", true,
                        "switchboard.twilio.account-sid", GATEWAY_SID,
                        "switchboard.twilio.auth-token", GATEWAY_TOKEN,
                        "switchboard.twilio.status-callback-base-url", PUBLIC_URL + "/"))
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
        reports.accounts = List.of(Optional.empty());
        reports.outcome = ReportOutcome.APPLIED;
    }

    @Test
    void aReportSignedByTheGatewaysAccountIsRecorded() throws Exception {
        DeliveryId delivery = DeliveryId.random();
        Map<String, String> form = form("delivered", GATEWAY_SID);

        HttpResponse<String> response = post(delivery.toString(), form, sign(GATEWAY_TOKEN, delivery.toString(), form));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(reports.recorded).containsExactly(
                new Recorded(delivery, new ProviderReport(MESSAGE_SID, Outcome.DELIVERED, Optional.empty())));
    }

    @Test
    void aReportSignedByTheTenantsAccountIsRecordedWhenTheDeliveryWasSentWithIt() throws Exception {
        reports.accounts = List.of(Optional.empty(), Optional.of(Twilio.tenantAccount(Map.of())));
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("sent", TENANT_SID);

        assertThat(post(delivery, form, sign(TENANT_TOKEN, delivery, form)).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).extracting(recorded -> recorded.report().outcome()).containsExactly(Outcome.SENT);
    }

    @Test
    void aReportSignedByAnAccountOtherThanTheOneItNamesIsRefused() throws Exception {
        reports.accounts = List.of(Optional.empty(), Optional.of(Twilio.tenantAccount(Map.of())));
        String delivery = UUID.randomUUID().toString();
        Map<String, String> namesTheGateway = form("delivered", GATEWAY_SID);

        HttpResponse<String> response = post(delivery, namesTheGateway, sign(TENANT_TOKEN, delivery, namesTheGateway));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void aWrongSignatureIsRefused() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered", GATEWAY_SID);

        assertThat(post(delivery, form, sign("another token", delivery, form)).statusCode()).isEqualTo(403);
        assertThat(post(delivery, form, "GvWf1cFY/Q7PnoempGyD5oXAezc=").statusCode()).isEqualTo(403);
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void aSignatureForAnotherUrlIsRefused() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered", GATEWAY_SID);
        String signedForTheServersOwnUrl = Twilio.signature(GATEWAY_TOKEN, server.getURI() + "/callbacks/twilio/" + delivery, form);

        assertThat(post(delivery, form, signedForTheServersOwnUrl).statusCode()).isEqualTo(403);
        assertThat(post(UUID.randomUUID().toString(), form, sign(GATEWAY_TOKEN, delivery, form)).statusCode())
                .as("signed for another delivery").isEqualTo(403);
    }

    @Test
    void aChangedFieldBreaksTheSignature() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered", GATEWAY_SID);
        String signature = sign(GATEWAY_TOKEN, delivery, form);
        form.put("MessageStatus", "read");

        assertThat(post(delivery, form, signature).statusCode()).isEqualTo(403);
    }

    @Test
    void aMissingSignatureIsRefused() throws Exception {
        HttpResponse<String> response = post(UUID.randomUUID().toString(), form("delivered", GATEWAY_SID), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("X-Twilio-Signature");
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void twilioMaySignWithTheDefaultPortWrittenOut() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered", GATEWAY_SID);
        String signature = Twilio.signature(GATEWAY_TOKEN, "https://switchboard.example.com:443/callbacks/twilio/" + delivery, form);

        assertThat(post(delivery, form, signature).statusCode()).isEqualTo(204);
    }

    @ParameterizedTest
    @CsvSource({"sent,SENT", "delivered,DELIVERED", "read,READ", "undelivered,UNDELIVERED", "failed,UNDELIVERED",
            "canceled,UNDELIVERED"})
    void eachFinalStatusIsRecordedAsItsOutcome(String status, Outcome outcome) throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form(status, GATEWAY_SID);

        assertThat(post(delivery, form, sign(GATEWAY_TOKEN, delivery, form)).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).singleElement().satisfies(recorded -> {
            assertThat(recorded.report().outcome()).isEqualTo(outcome);
            assertThat(recorded.report().error()).isEqualTo(outcome == Outcome.UNDELIVERED
                    ? Optional.of("twilio " + status) : Optional.empty());
        });
    }

    @Test
    void anUndeliveredMessageCarriesTwiliosErrorCodeAndWhatItMeans() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> unreachable = form("undelivered", GATEWAY_SID);
        unreachable.put("ErrorCode", "30003");
        Map<String, String> unknownCode = form("failed", GATEWAY_SID);
        unknownCode.put("ErrorCode", "39999");

        post(delivery, unreachable, sign(GATEWAY_TOKEN, delivery, unreachable));
        post(delivery, unknownCode, sign(GATEWAY_TOKEN, delivery, unknownCode));

        assertThat(reports.recorded).extracting(recorded -> recorded.report().error().orElseThrow())
                .containsExactly("twilio 30003: unreachable destination handset", "twilio 39999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"queued", "accepted", "sending", "scheduled", "partially_delivered", "teleported"})
    void statusesWithNothingToRecordAreTakenAndIgnored(String status) throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form(status, GATEWAY_SID);

        assertThat(post(delivery, form, sign(GATEWAY_TOKEN, delivery, form)).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void fieldsTwilioAddsAreSignedAndAccepted() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered", GATEWAY_SID);
        form.put("SmsSid", MESSAGE_SID);
        form.put("SmsStatus", "delivered");
        form.put("ApiVersion", "2010-04-01");
        form.put("RawDlrDoneDate", "2501011200");
        form.put("ChannelPrefix", "whatsapp");
        form.put("Body", "Ünïcode & symbols = fine?");

        assertThat(post(delivery, form, sign(GATEWAY_TOKEN, delivery, form)).statusCode()).isEqualTo(204);
        assertThat(reports.recorded).hasSize(1);
    }

    @Test
    void theUseCasesVerdictDecidesTheAnswer() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> form = form("delivered", GATEWAY_SID);
        String signature = sign(GATEWAY_TOKEN, delivery, form);

        reports.outcome = ReportOutcome.DROPPED;
        assertThat(post(delivery, form, signature).statusCode()).isEqualTo(204);
        reports.outcome = ReportOutcome.NOT_AUTHENTIC;
        assertThat(post(delivery, form, signature).statusCode()).isEqualTo(403);
    }

    @Test
    void aDeliveryIdThatIsNoneIsCheckedAgainstTheGatewaysAccountLikeAnUnknownDelivery() throws Exception {
        Map<String, String> form = form("delivered", GATEWAY_SID);

        assertThat(post("not-a-delivery", form, sign(GATEWAY_TOKEN, "not-a-delivery", form)).statusCode()).isEqualTo(204);
        assertThat(post("not-a-delivery", form, sign(TENANT_TOKEN, "not-a-delivery", form)).statusCode()).isEqualTo(403);
        assertThat(reports.recorded).isEmpty();
    }

    @Test
    void unreadableBodiesAre400sWithAReason() throws Exception {
        String delivery = UUID.randomUUID().toString();
        Map<String, String> noSid = form("delivered", GATEWAY_SID);
        noSid.remove("MessageSid");
        Map<String, String> noStatus = form("delivered", GATEWAY_SID);
        noStatus.remove("MessageStatus");
        Map<String, String> noAccount = form("delivered", GATEWAY_SID);
        noAccount.remove("AccountSid");
        Map<String, String> badCode = form("failed", GATEWAY_SID);
        badCode.put("ErrorCode", "thirty");
        Map<String, String> hugeSid = form("delivered", GATEWAY_SID);
        hugeSid.put("MessageSid", "SM" + "0".repeat(300));

        assertBadRequest(post(delivery, noSid, sign(GATEWAY_TOKEN, delivery, noSid)), "MessageSid is missing");
        assertBadRequest(post(delivery, noStatus, "x"), "MessageStatus is missing");
        assertBadRequest(post(delivery, noAccount, sign(GATEWAY_TOKEN, delivery, noAccount)), "AccountSid is missing");
        assertBadRequest(post(delivery, badCode, "x"), "ErrorCode is not a number");
        assertBadRequest(post(delivery, hugeSid, "x"), "the provider's message id");
        assertBadRequest(postRaw(delivery, "application/x-www-form-urlencoded", "MessageSid=%ZZ", "x"), "not a URL-encoded form");
        assertBadRequest(postRaw(delivery, "application/x-www-form-urlencoded", "MessageStatus=sent&MessageStatus=read", "x"),
                "given twice");
        assertBadRequest(postRaw(delivery, "application/x-www-form-urlencoded", "", "x"), "empty");
        assertBadRequest(postRaw(delivery, "application/json", "{\"MessageStatus\":\"sent\"}", "x"), "MessageStatus is missing");
        assertThat(reports.recorded).isEmpty();
    }

    private static void assertBadRequest(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(reason);
    }

    private static Map<String, String> form(String status, String accountSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", MESSAGE_SID);
        form.put("MessageStatus", status);
        form.put("AccountSid", accountSid);
        form.put("From", "+14155550199");
        form.put("To", "+14155550100");
        return form;
    }

    /** The signature Twilio sends for a callback to the delivery's public URL. */
    private static String sign(String authToken, String deliveryId, Map<String, String> form) {
        return Twilio.signature(authToken, PUBLIC_URL + "/callbacks/twilio/" + deliveryId, form);
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

    private record Recorded(DeliveryId delivery, ProviderReport report) {
    }

    /**
     * Records a report when it is signed for one of {@link #accounts} (empty: the gateway's),
     * as the real service does with the accounts of the delivery, and answers {@link #outcome}.
     */
    private static final class FakeReports implements RecordDeliveryReportUseCase {

        final List<Recorded> recorded = new CopyOnWriteArrayList<>();
        volatile List<Optional<ProviderAccount>> accounts = List.of(Optional.empty());
        volatile ReportOutcome outcome = ReportOutcome.APPLIED;

        @Override
        public synchronized ReportOutcome record(DeliveryId deliveryId, ProviderReport report, ReportAuthenticity authenticity) {
            if (accounts.stream().noneMatch(authenticity::signedFor)) {
                return ReportOutcome.NOT_AUTHENTIC;
            }
            recorded.add(new Recorded(deliveryId, report));
            return outcome;
        }
    }
}
