package switchboard.adapter.out.provider.zalo;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.adapter.out.provider.stub.Troubles;
import switchboard.application.dispatch.port.OutgoingChatNotification;
import switchboard.application.memory.InMemoryProviderTokenStore;
import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.domain.credential.SecretTokens;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/** The Zalo ZNS sender against a local server speaking ZNS's and Zalo OAuth's wire formats. */
class ZaloChatNotificationSenderTest {

    private static final String SEND_PATH = "/message/template";
    private static final String OAUTH_PATH = "/v4/oa/access_token";
    private static final String APP_ID = "1234567890123456789";
    private static final String STORE_KEY = "zalo:" + APP_ID + ":" + SecretTokens.digest("refresh-0").substring(0, 16);
    private static final DeliveryId DELIVERY = DeliveryId.parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final OutgoingChatNotification OTP = new OutgoingChatNotification(DELIVERY, new PhoneNumber("+84987654321"),
            "747977 is your OTP");

    private final AtomicInteger refreshes = new AtomicInteger();
    private final InMemoryProviderTokenStore store = new InMemoryProviderTokenStore();
    private ProviderStub stub;

    @BeforeEach
    void start() {
        stub = ProviderStub.start();
        stub.answer(validToken("access-0", success()));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void postsTheTemplateMessageWithTheAccessTokenHeaderAndAnswersWithZalosMessageId() {
        AttemptResult result = sender().send(OTP, Optional.empty());

        assertThat(result).isEqualTo(new AttemptResult.Sent("a6ba5ed2f0d5198b40c4"));
        Exchange send = stub.exchanges().get(0);
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.path()).isEqualTo(SEND_PATH);
        assertThat(send.header("access_token")).isEqualTo("access-0");
        assertThat(send.header("Content-Type")).isEqualTo("application/json");
        assertThat(send.bodyText()).isEqualTo("{\"phone\":\"84987654321\",\"template_id\":\"231677\","
                + "\"template_data\":{\"content\":\"747977 is your OTP\"},"
                + "\"tracking_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}");
    }

    @Test
    void anAccountsOwnAppTemplateAndParameterWinOverTheGateways() {
        stub.answer(validToken("tenant-access", success()));
        ProviderAccount tenant = new ProviderAccount(Map.of("appId", "999", "templateId", "5551", "templateParam", "otp"),
                Map.of("secretKey", "tenant-secret", "refreshToken", "tenant-refresh", "accessToken", "tenant-access"));

        assertThat(sender().send(OTP, Optional.of(tenant))).isInstanceOf(AttemptResult.Sent.class);

        assertThat(stub.exchanges().get(0).bodyText()).isEqualTo("{\"phone\":\"84987654321\",\"template_id\":\"5551\","
                + "\"template_data\":{\"otp\":\"747977 is your OTP\"},\"tracking_id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}");
    }

    @Test
    void anAccountMissingFieldsIsRejectedNamingThem() {
        ProviderAccount incomplete = new ProviderAccount(Map.of("appId", "999"), Map.of("secretKey", "s"));

        assertThat(sender().send(OTP, Optional.of(incomplete)))
                .isEqualTo(new AttemptResult.Rejected("the Zalo account lacks templateId, refreshToken"));
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void aRefusedAccessTokenIsRefreshedTheNewRefreshTokenStoredAndTheMessageSentAgain() {
        stub.answer(validToken("access-1", success()));

        AttemptResult result = sender().send(OTP, Optional.empty());

        assertThat(result).isEqualTo(new AttemptResult.Sent("a6ba5ed2f0d5198b40c4"));
        assertThat(stub.exchanges()).extracting(Exchange::path).containsExactly(SEND_PATH, OAUTH_PATH, SEND_PATH);
        Exchange refresh = stub.exchanges().get(1);
        assertThat(refresh.method()).isEqualTo("POST");
        assertThat(refresh.header("secret_key")).isEqualTo("app-secret");
        assertThat(refresh.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(refresh.bodyText()).isEqualTo("app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-0");
        assertThat(stub.exchanges().get(2).header("access_token")).isEqualTo("access-1");
        assertThat(stub.exchanges().get(2).bodyText()).isEqualTo(stub.exchanges().get(0).bodyText());
        assertThat(store.find(STORE_KEY + ":refresh-token")).contains("refresh-1");
        assertThat(store.find(STORE_KEY + ":access-token")).contains("access-1");
    }

    @Test
    void eachRefreshSpendsTheNewestRefreshToken() {
        ZaloChatNotificationSender sender = sender();
        stub.answer(validToken("access-1", success()));
        sender.send(OTP, Optional.empty());
        stub.answer(validToken("access-2", success()));

        sender.send(OTP, Optional.empty());

        assertThat(refreshForms()).containsExactly(
                "app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-0",
                "app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-1");
        assertThat(store.find(STORE_KEY + ":refresh-token")).contains("refresh-2");
    }

    @Test
    void theStoredTokensWinOverTheConfiguredOnesAfterARestart() {
        store.save(STORE_KEY + ":access-token", "stored-access");
        store.save(STORE_KEY + ":refresh-token", "stored-refresh");
        stub.answer(validToken("stored-access", success()));

        assertThat(sender().send(OTP, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        assertThat(stub.exchanges().get(0).header("access_token")).isEqualTo("stored-access");

        stub.answer(validToken("access-1", success()));
        sender().send(OTP, Optional.empty());
        assertThat(refreshForms()).containsExactly("app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=stored-refresh");
    }

    @Test
    void aNewlyConfiguredRefreshTokenIsNotOverruledByTheTokensStoredForTheOldOne() {
        store.save(STORE_KEY + ":refresh-token", "stored-refresh");
        store.save(STORE_KEY + ":access-token", "stored-access");
        stub.answer(validToken("access-1", success()));

        sender(configuration("new-refresh", null)).send(OTP, Optional.empty());

        assertThat(refreshForms()).containsExactly("app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=new-refresh");
    }

    @Test
    void withoutAnyAccessTokenOneIsGotBeforeTheFirstSend() {
        stub.answer(validToken("access-1", success()));

        assertThat(sender(configuration("refresh-0", null)).send(OTP, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);

        assertThat(stub.exchanges()).extracting(Exchange::path).containsExactly(OAUTH_PATH, SEND_PATH);
    }

    @Test
    void anAccessTokenAboutToExpireIsReplacedBeforeItIsRefused() {
        stub.answer(exchange -> exchange.path().equals(OAUTH_PATH) ? grant(60) : success());
        ZaloChatNotificationSender sender = sender(configuration("refresh-0", null));

        sender.send(OTP, Optional.empty());
        sender.send(OTP, Optional.empty());

        assertThat(stub.exchanges()).extracting(Exchange::path).containsExactly(OAUTH_PATH, SEND_PATH, OAUTH_PATH, SEND_PATH);
    }

    @Test
    void concurrentSendsWithARefusedTokenRefreshItOnlyOnce() throws Exception {
        stub.answer(exchange -> {
            if (exchange.path().equals(OAUTH_PATH)) {
                return Troubles.late(Duration.ofMillis(300), grant(90000));
            }
            return "access-1".equals(exchange.header("access_token")) ? success() : invalidAccessToken();
        });
        ZaloChatNotificationSender sender = sender();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<AttemptResult>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> sender.send(OTP, Optional.empty()));
            }
            for (Future<AttemptResult> result : threads.invokeAll(sends)) {
                assertThat(result.get()).isInstanceOf(AttemptResult.Sent.class);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(refreshForms()).containsExactly("app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-0");
    }

    @Test
    void aTokenRefusedEvenAfterARefreshRejectsTheMessage() {
        stub.answer(exchange -> exchange.path().equals(OAUTH_PATH) ? grant(90000) : invalidAccessToken());

        assertThat(sender().send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "Zalo error -124: Access token is invalid (even with a new access token)"));
        assertThat(stub.exchanges()).hasSize(3);
    }

    @Test
    void aRefusedRefreshIsRejectedWithoutQuotingATokenAndATroubledOAuthServerDeferred() {
        stub.answer(exchange -> exchange.path().equals(OAUTH_PATH) ? Reply.json(200,
                "{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"Invalid refresh token\"}")
                : invalidAccessToken());
        ZaloChatNotificationSender sender = sender();

        assertThat(sender.send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Rejected(
                "Zalo OAuth refused a new access token for app " + APP_ID + " (HTTP 200): -14014 Invalid refresh token"));

        stub.answer(exchange -> exchange.path().equals(OAUTH_PATH) ? new Reply(503, Map.of(), "busy") : invalidAccessToken());
        assertThat(sender.send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "Zalo OAuth refused a new access token for app " + APP_ID + " (HTTP 503): unreadable answer"));
        assertThat(store.find(STORE_KEY + ":refresh-token")).isEmpty();
    }

    @Test
    void anUnknownErrorIsDeferred() {
        answerSendsWith(-100, "Unknown error");

        assertThat(sender().send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Deferred("Zalo error -100: Unknown error"));
    }

    @Test
    void anInvalidPhoneOrTemplateIsRejected() {
        ZaloChatNotificationSender sender = sender();
        answerSendsWith(-108, "Phone number is invalid");
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("Zalo error -108: Phone number is invalid"));

        answerSendsWith(-109, "ID of template is invalid");
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("Zalo error -109: ID of template is invalid"));

        answerSendsWith(-112, "Template data is invalid");
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("Zalo error -112: Template data is invalid"));
    }

    @Test
    void aPhoneWithoutZaloOrAUserWhoRefusedIsGone() {
        ZaloChatNotificationSender sender = sender();
        answerSendsWith(-118, "Zalo account not existed");
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Gone("Zalo error -118: Zalo account not existed"));

        answerSendsWith(-139, "User refused to receive ZNS");
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Gone("Zalo error -139: User refused to receive ZNS"));
    }

    @Test
    void aUsedUpDailyQuotaIsDeferredByAnHour() {
        ZaloChatNotificationSender sender = sender();
        answerSendsWith(-144, "OA has exceeded the daily quota");
        assertThat(sender.send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "Zalo error -144: OA has exceeded the daily quota", Optional.of(Duration.ofHours(1))));

        answerSendsWith(-147, "Template has exceeded the daily quota");
        assertThat(sender.send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Deferred(
                "Zalo error -147: Template has exceeded the daily quota", Optional.of(Duration.ofHours(1))));
    }

    @Test
    void theErrorCodeDecidesWhateverTheHttpStatusAndAnAnswerWithoutOneGoesByTheStatus() {
        ZaloChatNotificationSender sender = sender();
        stub.answer(exchange -> Reply.json(400, "{\"error\":-100,\"message\":\"Unknown error\"}"));
        assertThat(sender.send(OTP, Optional.empty())).isEqualTo(new AttemptResult.Deferred("Zalo error -100: Unknown error"));

        stub.answer(exchange -> new Reply(502, Map.of("Content-Type", "text/html"), "<html>Bad gateway</html>"));
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Deferred("Zalo answered HTTP 502 without an error code"));

        stub.answer(exchange -> new Reply(404, Map.of(), ""));
        assertThat(sender.send(OTP, Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("Zalo answered HTTP 404 without an error code"));
    }

    @Test
    void anUnreachableZaloIsDeferred() {
        ZaloConfiguration configuration = configuration("refresh-0", "access-0");
        configuration.setBaseUrl(Troubles.closedAddress());

        AttemptResult result = sender(configuration).send(OTP, Optional.empty());

        assertThat(result).isInstanceOf(AttemptResult.Deferred.class);
        assertThat(((AttemptResult.Deferred) result).error()).startsWith("Zalo could not be reached: ");
    }

    @Test
    void aProcessWhoseRefreshIsRefusedBecauseAnotherSpentTheSameTokenFirstSendsWithTheTokensTheOtherStored() {
        stub.answer(validToken("access-1", success()));
        assertThat(sender().send(OTP, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        // The second process read the store before the first stored its refresh, and spends refresh-0 after it.
        ProviderTokenStore readBeforeTheFirstRefreshWasStored = new ProviderTokenStore() {
            @Override
            public Optional<String> find(String key) {
                return refreshForms().size() < 2 ? Optional.empty() : store.find(key);
            }

            @Override
            public void save(String key, String token) {
                store.save(key, token);
            }
        };
        stub.answer(exchange -> exchange.path().equals(OAUTH_PATH) ? Reply.json(200,
                "{\"error\":-14014,\"error_name\":\"Invalid refresh token\",\"error_description\":\"Invalid refresh token\"}")
                : "access-1".equals(exchange.header("access_token")) ? success() : invalidAccessToken());

        AttemptResult second = new ZaloChatNotificationSender(configuration("refresh-0", "access-0"), ObjectMapper.getDefault(),
                readBeforeTheFirstRefreshWasStored).send(OTP, Optional.empty());

        assertThat(second).isInstanceOf(AttemptResult.Sent.class);
        assertThat(refreshForms()).containsExactly("app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-0",
                "app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-0");
        assertThat(stub.exchanges().get(stub.exchanges().size() - 1).header("access_token")).isEqualTo("access-1");
    }

    @Test
    void aRotatedRefreshTokenTheStoreCouldNotKeepIsStillTheOneUsedNext() {
        ProviderTokenStore failing = new ProviderTokenStore() {
            @Override
            public Optional<String> find(String key) {
                return Optional.empty();
            }

            @Override
            public void save(String key, String token) {
                throw new IllegalStateException("database down");
            }
        };
        ZaloChatNotificationSender sender = new ZaloChatNotificationSender(configuration("refresh-0", "access-0"),
                ObjectMapper.getDefault(), failing);
        stub.answer(validToken("access-1", success()));
        assertThat(sender.send(OTP, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
        stub.answer(validToken("access-2", success()));

        assertThat(sender.send(OTP, Optional.empty())).isInstanceOf(AttemptResult.Sent.class);

        assertThat(refreshForms()).containsExactly(
                "app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-0",
                "app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=refresh-1");
    }

    private ZaloChatNotificationSender sender() {
        return sender(configuration("refresh-0", "access-0"));
    }

    private ZaloChatNotificationSender sender(ZaloConfiguration configuration) {
        return new ZaloChatNotificationSender(configuration, ObjectMapper.getDefault(), store);
    }

    private ZaloConfiguration configuration(String refreshToken, String accessToken) {
        ZaloConfiguration configuration = new ZaloConfiguration();
        configuration.setBaseUrl(stub.baseUri());
        configuration.setOauthBaseUrl(stub.baseUri());
        configuration.setAppId(APP_ID);
        configuration.setTemplateId("231677");
        configuration.setSecretKey("app-secret");
        configuration.setRefreshToken(refreshToken);
        configuration.setAccessToken(accessToken);
        return configuration;
    }

    /**
     * The OAuth server grants "access-N"/"refresh-N" for N = 1, 2...; ZNS answers sends carrying
     * {@code valid} with the reply, and others with -124.
     */
    private Function<Exchange, Reply> validToken(String valid, Reply reply) {
        return exchange -> {
            if (exchange.path().equals(OAUTH_PATH)) {
                return grant(90000);
            }
            return valid.equals(exchange.header("access_token")) ? reply : invalidAccessToken();
        };
    }

    private void answerSendsWith(int error, String message) {
        stub.answer(validToken("access-0", Reply.json(200, "{\"error\":" + error + ",\"message\":\"" + message + "\"}")));
    }

    private Reply grant(int expiresIn) {
        int n = refreshes.incrementAndGet();
        return Reply.json(200, "{\"access_token\":\"access-" + n + "\",\"refresh_token\":\"refresh-" + n
                + "\",\"expires_in\":\"" + expiresIn + "\"}");
    }

    private static Reply success() {
        return Reply.json(200, """
                {"error": 0, "message": "Success",
                 "data": {"msg_id": "a6ba5ed2f0d5198b40c4", "sent_time": "1626147836275",
                          "quota": {"dailyQuota": "500", "remainingQuota": "499"}}}""");
    }

    private static Reply invalidAccessToken() {
        return Reply.json(200, "{\"error\":-124,\"message\":\"Access token is invalid\"}");
    }

    private List<String> refreshForms() {
        return stub.exchanges().stream().filter(exchange -> exchange.path().equals(OAUTH_PATH)).map(Exchange::bodyText).toList();
    }

}
