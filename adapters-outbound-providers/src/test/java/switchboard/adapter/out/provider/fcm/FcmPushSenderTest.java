package switchboard.adapter.out.provider.fcm;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.adapter.out.provider.stub.Troubles;
import switchboard.application.dispatch.port.OutgoingPush;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.PushToken;

import static org.assertj.core.api.Assertions.assertThat;

/** The FCM HTTP v1 sender against a local server speaking FCM's and Google's token endpoint's wire formats. */
class FcmPushSenderTest {

    private static final String SEND_PATH = "/v1/projects/demo-project/messages:send";
    private static final String MESSAGE_NAME = "projects/demo-project/messages/0:1500415314455276%31bd1c9631bd1c96";
    private static final Reply SENT = Reply.json(200, "{\"name\":\"" + MESSAGE_NAME + "\"}");
    private static final OutgoingPush PUSH = new OutgoingPush(DeliveryId.random(), new PushToken("device-token-1"),
            "Maintenance", "Tonight at 22:00", Map.of("messageId", "m-1"));

    private final AtomicInteger tokensIssued = new AtomicInteger();
    private ProviderStub stub;
    private TestServiceAccount gatewayAccount;

    @BeforeEach
    void start() {
        stub = ProviderStub.start();
        gatewayAccount = TestServiceAccount.generate("demo-project", stub.baseUri().resolve("/token"));
        answerSendsWith(SENT);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void postsTheMessageToTheProjectWithABearerTokenAndAnswersWithFcmsName() {
        AttemptResult result = sender().send(PUSH, Optional.empty());

        assertThat(result).isEqualTo(new AttemptResult.Sent(MESSAGE_NAME));
        Exchange send = sends().get(0);
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.path()).isEqualTo(SEND_PATH);
        assertThat(send.header("Authorization")).isEqualTo("Bearer ya29.token-1");
        assertThat(send.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(send.bodyText()).isEqualTo("{\"message\":{\"token\":\"device-token-1\",\"notification\":"
                + "{\"title\":\"Maintenance\",\"body\":\"Tonight at 22:00\"},\"data\":{\"messageId\":\"m-1\"}}}");
    }

    @Test
    void aPushWithoutTitleOrDataLeavesThemOut() {
        OutgoingPush untitled = new OutgoingPush(DeliveryId.random(), new PushToken("device-token-1"), null, "Just \"this\"",
                Map.of());

        sender().send(untitled, Optional.empty());

        assertThat(sends().get(0).bodyText())
                .isEqualTo("{\"message\":{\"token\":\"device-token-1\",\"notification\":{\"body\":\"Just \\\"this\\\"\"}}}");
    }

    @Test
    void theTokenRequestIsAJwtBearerGrantSignedWithTheServiceAccountsKey() {
        long before = Instant.now().getEpochSecond();
        sender().send(PUSH, Optional.empty());

        Exchange tokenRequest = tokenRequests().get(0);
        assertThat(tokenRequest.method()).isEqualTo("POST");
        assertThat(tokenRequest.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(tokenRequest.bodyText());
        assertThat(form.keySet()).containsExactlyInAnyOrder("grant_type", "assertion");
        assertThat(form).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        TestServiceAccount.Jwt jwt = gatewayAccount.verify(form.get("assertion"));
        assertThat(jwt.header()).containsEntry("alg", "RS256").containsEntry("kid", gatewayAccount.keyId());
        assertThat(jwt.claims()).containsEntry("iss", gatewayAccount.clientEmail())
                .containsEntry("scope", "https://www.googleapis.com/auth/firebase.messaging")
                // What Google requires, and every real key file's token_uri; the library sends it whatever token_uri says.
                .containsEntry("aud", "https://oauth2.googleapis.com/token");
        long issuedAt = ((Number) jwt.claims().get("iat")).longValue();
        long expires = ((Number) jwt.claims().get("exp")).longValue();
        assertThat(issuedAt).isBetween(before - 1, Instant.now().getEpochSecond() + 1);
        assertThat(expires - issuedAt).isPositive().isLessThanOrEqualTo(3600);
    }

    @Test
    void oneTokenServesManySends() {
        FcmPushSender sender = sender();

        for (int i = 0; i < 5; i++) {
            assertThat(sender.send(PUSH, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        }

        assertThat(tokenRequests()).hasSize(1);
        assertThat(sends()).hasSize(5).allSatisfy(send -> assertThat(send.header("Authorization"))
                .isEqualTo("Bearer ya29.token-1"));
    }

    @Test
    void aTokenAboutToExpireIsReplacedBeforeTheNextSend() {
        // Two minutes left: inside the library's margin (it replaces tokens with less than 3 min 45 s to go).
        stub.answer(exchange -> exchange.path().equals("/token") ? token(120) : SENT);
        FcmPushSender sender = sender();

        sender.send(PUSH, Optional.empty());
        sender.send(PUSH, Optional.empty());

        assertThat(tokenRequests()).hasSize(2);
        assertThat(sends()).extracting(send -> send.header("Authorization"))
                .containsExactly("Bearer ya29.token-1", "Bearer ya29.token-2");
    }

    @Test
    void anAccountsOwnKeyAndProjectWinOverTheGatewaysAndItsCredentialsAreKept() {
        TestServiceAccount tenant = TestServiceAccount.generate("tenant-project", stub.baseUri().resolve("/tenant/token"));
        stub.answer(exchange -> exchange.path().equals("/tenant/token") ? Reply.json(200,
                "{\"access_token\":\"ya29.tenant\",\"expires_in\":3599,\"token_type\":\"Bearer\"}") : SENT);
        FcmPushSender sender = sender();
        ProviderAccount keyOnly = new ProviderAccount(Map.of(), Map.of("serviceAccountJson", tenant.keyJson()));
        ProviderAccount otherProject = new ProviderAccount(Map.of("projectId", "other-project"),
                Map.of("serviceAccountJson", tenant.keyJson()));

        sender.send(PUSH, Optional.of(keyOnly));
        sender.send(PUSH, Optional.of(otherProject));

        assertThat(stub.exchanges()).extracting(Exchange::path).containsExactly("/tenant/token",
                "/v1/projects/tenant-project/messages:send", "/v1/projects/other-project/messages:send");
        assertThat(stub.exchanges().get(1).header("Authorization")).isEqualTo("Bearer ya29.tenant");
        assertThat(stub.exchanges().get(2).header("Authorization")).isEqualTo("Bearer ya29.tenant");
    }

    @Test
    void anAccountWithoutAUsableKeyIsRejectedWithoutQuotingIt() {
        FcmPushSender sender = sender();

        assertThat(sender.send(PUSH, Optional.of(new ProviderAccount(Map.of("projectId", "p"), Map.of()))))
                .isEqualTo(new AttemptResult.Rejected("the FCM account has no serviceAccountJson secret"));
        AttemptResult broken = sender.send(PUSH, Optional.of(new ProviderAccount(Map.of(),
                Map.of("serviceAccountJson", "{\"type\":\"service_account\",\"private_key\":\"very secret\"}"))));
        assertThat(broken).isInstanceOf(AttemptResult.Rejected.class);
        assertThat(((AttemptResult.Rejected) broken).error())
                .contains("not a Google service account key").doesNotContain("very secret");
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void anUnregisteredTokenIsGone() {
        answerSendsWith(fcmError(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found."));

        assertThat(sender().send(PUSH, Optional.empty()))
                .isEqualTo(new AttemptResult.Gone("FCM UNREGISTERED (404): Requested entity was not found."));
    }

    @Test
    void aNotFoundThatIsNotAboutTheTokenIsOnlyRejected() {
        answerSendsWith(Reply.json(404, """
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}"""));

        assertThat(sender().send(PUSH, Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("FCM NOT_FOUND (404): Requested entity was not found."));
    }

    @Test
    void anInvalidArgumentIsRejected() {
        answerSendsWith(fcmError(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token"));

        assertThat(sender().send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "FCM INVALID_ARGUMENT (400): The registration token is not a valid FCM registration token"));
    }

    @Test
    void aSenderIdMismatchIsRejected() {
        answerSendsWith(fcmError(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH", "SenderId mismatch"));

        assertThat(sender().send(PUSH, Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("FCM SENDER_ID_MISMATCH (403): SenderId mismatch"));
    }

    @Test
    void aThirdPartyAuthErrorIsRejected() {
        answerSendsWith(fcmError(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR", "Auth error from APNS or Web Push Service"));

        assertThat(sender().send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "FCM THIRD_PARTY_AUTH_ERROR (401): Auth error from APNS or Web Push Service"));
    }

    @Test
    void anExceededQuotaWaitsAtLeastAMinuteOrAsLongAsFcmAsks() {
        answerSendsWith(fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "Quota exceeded for quota metric"));
        FcmPushSender sender = sender();

        assertThat(sender.send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "FCM QUOTA_EXCEEDED (429): Quota exceeded for quota metric", Optional.of(Duration.ofSeconds(60))));

        answerSendsWith(fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "Quota exceeded").withHeader("Retry-After", "300"));
        assertThat(sender.send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "FCM QUOTA_EXCEEDED (429): Quota exceeded", Optional.of(Duration.ofSeconds(300))));

        answerSendsWith(fcmError(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "Quota exceeded").withHeader("Retry-After", "5"));
        assertThat(sender.send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "FCM QUOTA_EXCEEDED (429): Quota exceeded", Optional.of(Duration.ofSeconds(60))));
    }

    @Test
    void anUnavailableServiceIsDeferredAsLongAsItAsks() {
        answerSendsWith(fcmError(503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable.")
                .withHeader("Retry-After", "30"));

        assertThat(sender().send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "FCM UNAVAILABLE (503): The service is currently unavailable.", Optional.of(Duration.ofSeconds(30))));
    }

    @Test
    void anInternalErrorIsDeferred() {
        answerSendsWith(fcmError(500, "INTERNAL", "INTERNAL", "Internal error encountered."));

        assertThat(sender().send(PUSH, Optional.empty()))
                .isEqualTo(new AttemptResult.Deferred("FCM INTERNAL (500): Internal error encountered."));
    }

    @Test
    void otherClientErrorsAreRejectedAndOtherServerErrorsDeferred() {
        answerSendsWith(Reply.json(401, """
                {"error": {"code": 401, "message": "Request had invalid authentication credentials.",
                           "status": "UNAUTHENTICATED"}}"""));
        FcmPushSender sender = sender();
        assertThat(sender.send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "FCM UNAUTHENTICATED (401): Request had invalid authentication credentials."));

        answerSendsWith(new Reply(502, Map.of("Content-Type", "text/html"), "<html><body>Bad gateway</body></html>"));
        assertThat(sender.send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Deferred("FCM HTTP (502)"));
    }

    @Test
    void aPayloadOverFourKilobytesIsRejectedBeforeSending() {
        OutgoingPush large = new OutgoingPush(DeliveryId.random(), new PushToken("device-token-1"), "Big", "x".repeat(4100),
                Map.of());

        AttemptResult result = sender().send(large, Optional.empty());

        assertThat(result).isInstanceOf(AttemptResult.Rejected.class);
        assertThat(((AttemptResult.Rejected) result).error()).contains("4096").contains("bytes");
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void aPayloadOfExactlyFourKilobytesIsSentAndOneByteMoreIsNot() {
        // {"notification":{"body":"..."}} is 28 bytes around the body.
        FcmPushSender sender = sender();
        OutgoingPush limit = new OutgoingPush(DeliveryId.random(), new PushToken("device-token-1"), null,
                "x".repeat(FcmPushSender.MAX_PAYLOAD_BYTES - 28), Map.of());
        OutgoingPush overLimit = new OutgoingPush(DeliveryId.random(), new PushToken("device-token-1"), null,
                "x".repeat(FcmPushSender.MAX_PAYLOAD_BYTES - 27), Map.of());

        assertThat(sender.send(limit, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        assertThat(sender.send(overLimit, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "the notification's title, body and data take 4097 bytes as JSON; FCM accepts at most 4096"));
    }

    @Test
    void aRefusedKeyIsRejectedAndATokenEndpointInTroubleDeferred() {
        stub.answer(exchange -> Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}"));
        FcmPushSender sender = sender();
        assertThat(sender.send(PUSH, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "the FCM token endpoint answered 400: invalid_grant (Invalid JWT Signature.);"
                        + " the service account key was refused"));

        stub.answer(exchange -> Reply.json(503, "{\"error\":\"temporarily_unavailable\"}"));
        assertThat(sender.send(PUSH, Optional.empty()))
                .isEqualTo(new AttemptResult.Deferred("the FCM token endpoint answered 503: temporarily_unavailable"));
        assertThat(sends()).isEmpty();
        assertThat(tokenRequests()).as("no retries of its own: the dispatcher retries").hasSize(2);
    }

    @Test
    void unreachableEndpointsAreDeferred() {
        URI closed = Troubles.closedAddress();
        AttemptResult noToken = sender(TestServiceAccount.generate("demo-project", closed.resolve("/token")), stub.baseUri(),
                Duration.ofSeconds(2)).send(PUSH, Optional.empty());
        assertThat(noToken).isInstanceOf(AttemptResult.Deferred.class);
        assertThat(((AttemptResult.Deferred) noToken).error()).startsWith("no FCM access token: ");

        AttemptResult noFcm = sender(gatewayAccount, closed, Duration.ofSeconds(2)).send(PUSH, Optional.empty());
        assertThat(noFcm).isInstanceOf(AttemptResult.Deferred.class);
        assertThat(((AttemptResult.Deferred) noFcm).error()).startsWith("FCM could not be reached: ");
    }

    @Test
    void slowEndpointsTimeOutAndAreDeferred() {
        AtomicInteger tokenRequests = new AtomicInteger();
        stub.answer(exchange -> {
            boolean firstTokenRequest = exchange.path().equals("/token") && tokenRequests.incrementAndGet() == 1;
            Reply reply = exchange.path().equals("/token") ? token(3600) : SENT;
            return firstTokenRequest || exchange.path().equals(SEND_PATH) ? Troubles.late(Duration.ofSeconds(2), reply) : reply;
        });
        FcmPushSender sender = sender(gatewayAccount, stub.baseUri(), Duration.ofMillis(300));

        long started = System.nanoTime();
        AttemptResult slowToken = sender.send(PUSH, Optional.empty());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1500));
        assertThat(slowToken).isInstanceOf(AttemptResult.Deferred.class);
        assertThat(((AttemptResult.Deferred) slowToken).error()).startsWith("no FCM access token: ");

        AttemptResult slowSend = sender.send(PUSH, Optional.empty());
        assertThat(slowSend).isEqualTo(new AttemptResult.Deferred("FCM did not answer in time: request timed out"));
    }

    private FcmPushSender sender() {
        return sender(gatewayAccount, stub.baseUri(), Duration.ofSeconds(5));
    }

    private static FcmPushSender sender(TestServiceAccount account, URI baseUrl, Duration readTimeout) {
        FcmConfiguration configuration = new FcmConfiguration();
        configuration.setBaseUrl(baseUrl);
        configuration.setServiceAccountJson(account.keyJson());
        configuration.setReadTimeout(readTimeout);
        return new FcmPushSender(configuration, ObjectMapper.getDefault());
    }

    /** FCM answers sends with the reply; the token endpoint issues tokens valid for an hour. */
    private void answerSendsWith(Reply reply) {
        stub.answer(exchange -> exchange.path().equals("/token") ? token(3600) : reply);
    }

    /** A new access token, "ya29.token-N", for the seconds given. */
    private Reply token(int expiresIn) {
        return Reply.json(200, "{\"access_token\":\"ya29.token-" + tokensIssued.incrementAndGet() + "\",\"expires_in\":"
                + expiresIn + ",\"token_type\":\"Bearer\"}");
    }

    private static Reply fcmError(int code, String status, String errorCode, String message) {
        return Reply.json(code, """
                {
                  "error": {
                    "code": %d,
                    "message": "%s",
                    "status": "%s",
                    "details": [
                      {
                        "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                        "errorCode": "%s"
                      }
                    ]
                  }
                }""".formatted(code, message, status, errorCode));
    }

    private List<Exchange> sends() {
        return stub.exchanges().stream().filter(exchange -> !exchange.path().endsWith("/token")).toList();
    }

    private List<Exchange> tokenRequests() {
        return stub.exchanges().stream().filter(exchange -> exchange.path().endsWith("/token")).toList();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

}
