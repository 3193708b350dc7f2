package switchboard.adapter.out.provider.twilio;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.dispatch.port.OutgoingText;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.GATEWAY_TOKEN;
import static switchboard.adapter.out.provider.twilio.Twilio.MESSAGE_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.SERVICE_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_SID;
import static switchboard.adapter.out.provider.twilio.Twilio.TENANT_TOKEN;

/**
 * SMS to a stub speaking Twilio's Messages API: each request checked byte for byte, each of
 * Twilio's documented answers mapped to what it means for the delivery.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioSmsSenderTest {

    private static final DeliveryId DELIVERY = DeliveryId.parse("6f1c2f0e-8a4b-4c1d-9e2f-3a4b5c6d7e8f");
    private static final String CALLBACK = "StatusCallback=https%3A%2F%2Fswitchboard.example.com%2Fcallbacks%2Ftwilio%2F"
            + "6f1c2f0e-8a4b-4c1d-9e2f-3a4b5c6d7e8f";

    private ProviderStub stub;
    private TwilioSmsSender sender;

    @BeforeAll
    void start() {
        stub = ProviderStub.start();
        sender = new TwilioSmsSender(Twilio.messages(Twilio.gatewayConfiguration(stub.baseUri().toString())));
    }

    @AfterAll
    void stop() {
        stub.close();
    }

    @BeforeEach
    void created() {
        stub.clear();
        stub.answer(exchange -> Reply.json(201, Twilio.CREATED));
    }

    @Test
    void theGatewaysAccountPostsTheFormTwilioDocumentsAndTakesTheMessageSid() {
        AttemptResult result = sender.send(text(Optional.empty(), "Your code is 1234 – é"), Optional.empty());

        assertThat(result).isEqualTo(new AttemptResult.Sent(MESSAGE_SID));
        assertThat(stub.exchanges()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + GATEWAY_SID + "/Messages.json");
            assertThat(request.query()).isNull();
            assertThat(request.header("Authorization")).isEqualTo(Twilio.basic(GATEWAY_SID, GATEWAY_TOKEN));
            assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(request.bodyText()).isEqualTo("To=%2B14155550100&From=%2B14155550199"
                    + "&Body=Your+code+is+1234+%E2%80%93+%C3%A9&" + CALLBACK);
        });
    }

    @Test
    void theMessagesOwnSenderComesBeforeTheAccounts() {
        sender.send(text(Optional.of("Acme"), "Hi"), Optional.empty());

        assertThat(stub.exchanges().get(0).bodyText()).isEqualTo("To=%2B14155550100&From=Acme&Body=Hi&" + CALLBACK);
    }

    @Test
    void aTenantsAccountIsUsedInsteadOfTheGateways() {
        ProviderAccount tenant = Twilio.tenantAccount(Map.of("from", "+14155550123"));

        AttemptResult result = sender.send(text(Optional.empty(), "Hi"), Optional.of(tenant));

        assertThat(result).isEqualTo(new AttemptResult.Sent(MESSAGE_SID));
        ProviderStub.Exchange request = stub.exchanges().get(0);
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/" + TENANT_SID + "/Messages.json");
        assertThat(request.header("Authorization")).isEqualTo(Twilio.basic(TENANT_SID, TENANT_TOKEN));
        assertThat(request.bodyText()).isEqualTo("To=%2B14155550100&From=%2B14155550123&Body=Hi&" + CALLBACK);
    }

    @Test
    void anAccountsMessagingServicePicksTheNumberUnlessTheMessageNamesItsSender() {
        ProviderAccount withService = Twilio.tenantAccount(Map.of("from", "+14155550123", "messagingServiceSid", SERVICE_SID));

        sender.send(text(Optional.empty(), "Hi"), Optional.of(withService));
        sender.send(text(Optional.of("+14155550777"), "Hi"), Optional.of(withService));

        assertThat(stub.exchanges()).extracting(ProviderStub.Exchange::bodyText).containsExactly(
                "To=%2B14155550100&MessagingServiceSid=" + SERVICE_SID + "&Body=Hi&" + CALLBACK,
                "To=%2B14155550100&From=%2B14155550777&Body=Hi&" + CALLBACK);
    }

    @Test
    void aCallersAccountAsFlipletSealsItSendsWithTheMessagesSender() {
        ProviderAccount fliplet = new ProviderAccount(Map.of("accountSid", TENANT_SID), Map.of("authToken", TENANT_TOKEN));

        assertThat(sender.send(text(Optional.of("Acme"), "Hi"), Optional.of(fliplet))).isInstanceOf(AttemptResult.Sent.class);
        assertThat(stub.exchanges().get(0).bodyText()).isEqualTo("To=%2B14155550100&From=Acme&Body=Hi&" + CALLBACK);
    }

    @Test
    void anAccountWithoutItsTokenOrAnySenderIsRejectedWithoutAsking() {
        ProviderAccount noToken = new ProviderAccount(Map.of("accountSid", TENANT_SID, "from", "+14155550123"), Map.of());
        ProviderAccount noSender = new ProviderAccount(Map.of("accountSid", TENANT_SID), Map.of("authToken", TENANT_TOKEN));
        ProviderAccount notTwilios = new ProviderAccount(Map.of("accountSid", "../../evil"), Map.of("authToken", TENANT_TOKEN));

        assertThat(sender.send(text(Optional.empty(), "Hi"), Optional.of(noToken)))
                .isEqualTo(new AttemptResult.Rejected("the Twilio account " + TENANT_SID + " has no authToken"));
        assertThat(sender.send(text(Optional.empty(), "Hi"), Optional.of(noSender))).isInstanceOf(AttemptResult.Rejected.class);
        assertThat(sender.send(text(Optional.empty(), "Hi"), Optional.of(notTwilios))).isEqualTo(new AttemptResult.Rejected(
                "the account's accountSid is not a Twilio account SID (AC and 32 hexadecimal digits)"));
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void withoutAPublicUrlTwilioIsNotAskedForStatusCallbacks() {
        TwilioSmsSender noCallbacks = new TwilioSmsSender(Twilio.messages(
                Twilio.configuration(stub.baseUri().toString(), "+14155550199", null, null, null)));

        noCallbacks.send(text(Optional.empty(), "Hi"), Optional.empty());

        assertThat(stub.exchanges().get(0).bodyText()).isEqualTo("To=%2B14155550100&From=%2B14155550199&Body=Hi");
    }

    @Test
    void anInvalidToNumberIsRejected() {
        String invalid = Twilio.error(21211, "The 'To' number +14155550100 is not a valid phone number.", 400);

        assertThat(answeredWith(Reply.json(400, invalid))).isEqualTo(new AttemptResult.Rejected("twilio 21211: The 'To' number +14155550100 is not a valid phone number."));
    }

    @Test
    void aRegionNotEnabledIsRejected() {
        assertThat(answeredWith(Reply.json(400, Twilio.error(21408,
                "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +14155550100", 400))))
                .isEqualTo(new AttemptResult.Rejected("twilio 21408: Permission to send an SMS has not been enabled for the region "
                        + "indicated by the 'To' number: +14155550100"));
    }

    @Test
    void aRecipientWhoOptedOutIsGone() {
        assertThat(answeredWith(Reply.json(400, Twilio.error(21610, "Attempt to send to unsubscribed recipient", 400))))
                .isEqualTo(new AttemptResult.Gone("twilio 21610: Attempt to send to unsubscribed recipient"));
    }

    @Test
    void refusedCredentialsAreRejected() {
        assertThat(answeredWith(Reply.json(401, Twilio.error(20003, "Authenticate", 401))))
                .isEqualTo(new AttemptResult.Rejected("twilio 20003: Authenticate"));
    }

    @Test
    void anyOtherClientErrorIsRejectedWithTwiliosCodeOrTheHttpStatus() {
        String tooLong = Twilio.error(21617, "The concatenated message body exceeds the 1600 character limit.", 400);

        assertThat(answeredWith(Reply.json(400, tooLong))).isEqualTo(
                new AttemptResult.Rejected("twilio 21617: The concatenated message body exceeds the 1600 character limit."));
        assertThat(answeredWith(new Reply(404, Map.of(), ""))).isEqualTo(new AttemptResult.Rejected("twilio answered HTTP 404"));
    }

    @Test
    void aSenderWhoseQueueIsFullIsTriedAgainInTenMinutesNotRefused() {
        String queueFull = Twilio.error(21611, "This 'From' number has exceeded the maximum number of queued messages", 400);

        assertThat(answeredWith(Reply.json(400, queueFull))).isEqualTo(new AttemptResult.Deferred(
                "twilio 21611: This 'From' number has exceeded the maximum number of queued messages",
                Optional.of(Duration.ofMinutes(10))));
    }

    @Test
    void controlCharactersInTwiliosMessageAreLeftOutOfTheError() {
        assertThat(answeredWith(Reply.json(400, Twilio.error(21211, "Invalid\\u0000 'To'\\nPhone Number", 400))))
                .isEqualTo(new AttemptResult.Rejected("twilio 21211: Invalid 'To' Phone Number"));
    }

    @Test
    void tooManyRequestsAreDeferredForAsLongAsTwilioAsks() {
        assertThat(answeredWith(Reply.json(429, Twilio.error(20429, "Too Many Requests", 429)).withHeader("Retry-After", "30")))
                .isEqualTo(new AttemptResult.Deferred("twilio 20429: Too Many Requests", Optional.of(Duration.ofSeconds(30))));
        assertThat(answeredWith(new Reply(429, Map.of(), "")))
                .isEqualTo(new AttemptResult.Deferred("twilio answered HTTP 429", Optional.empty()));
    }

    @Test
    void serverErrorsAreDeferredUntilTheDateTwilioGives() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(2));

        AttemptResult result = answeredWith(Reply.json(503, Twilio.error(20503, "Service Unavailable", 503))
                .withHeader("Retry-After", inTwoMinutes));

        assertThat(result).isInstanceOfSatisfying(AttemptResult.Deferred.class, deferred -> {
            assertThat(deferred.error()).isEqualTo("twilio 20503: Service Unavailable");
            assertThat(deferred.retryAfter()).hasValueSatisfying(wait ->
                    assertThat(wait).isBetween(Duration.ofSeconds(100), Duration.ofSeconds(120)));
        });
    }

    @Test
    void aServerErrorThatIsNotTwiliosJsonIsDeferredWithTheStartOfItsBody() {
        String page = "<html>\n<body><h1>502 Bad Gateway</h1>" + "x".repeat(500) + "</body></html>";

        AttemptResult result = answeredWith(new Reply(502, Map.of("Content-Type", "text/html"), page));

        assertThat(result).isInstanceOfSatisfying(AttemptResult.Deferred.class, deferred -> {
            assertThat(deferred.error()).startsWith("twilio answered HTTP 502: <html> <body><h1>502 Bad Gateway</h1>xxx")
                    .endsWith("...");
            assertThat(deferred.error()).hasSizeLessThan(260);
        });
    }

    @Test
    void anAcceptedMessageIsSentEvenWhenItsAnswerCannotBeRead() {
        assertThat(answeredWith(new Reply(201, Map.of(), "not json"))).isEqualTo(new AttemptResult.Sent(null));
    }

    @Test
    void aTwilioThatCannotBeReachedIsDeferred() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TwilioSmsSender unreachable = new TwilioSmsSender(
                Twilio.messages(Twilio.gatewayConfiguration("http://127.0.0.1:" + closedPort)));

        AttemptResult result = unreachable.send(text(Optional.empty(), "Hi"), Optional.empty());

        assertThat(result).isInstanceOfSatisfying(AttemptResult.Deferred.class,
                deferred -> assertThat(deferred.error()).startsWith("twilio could not be reached: ConnectException"));
    }

    @Test
    void aTwilioThatDoesNotAnswerInTimeIsDeferred() {
        TwilioConfiguration impatient = new TwilioConfiguration(stub.baseUri().toString(), GATEWAY_SID, GATEWAY_TOKEN,
                "+14155550199", null, null, null, Duration.ofSeconds(1), Duration.ofMillis(200));
        stub.answer(exchange -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(201, Twilio.CREATED);
        });

        AttemptResult result = new TwilioSmsSender(Twilio.messages(impatient)).send(text(Optional.empty(), "Hi"), Optional.empty());

        assertThat(result).isInstanceOfSatisfying(AttemptResult.Deferred.class,
                deferred -> assertThat(deferred.error()).startsWith("twilio did not answer in time"));
    }

    @Test
    void theGatewayHasAnAccountWhenItHasCredentialsAndASender() {
        String base = stub.baseUri().toString();
        TwilioConfiguration none = new TwilioConfiguration(base, null, null, "+14155550199", null, null, null,
                Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(sender.hasGatewayAccount()).isTrue();
        assertThat(new TwilioSmsSender(Twilio.messages(Twilio.configuration(base, null, SERVICE_SID, null, null)))
                .hasGatewayAccount()).isTrue();
        assertThat(new TwilioSmsSender(Twilio.messages(Twilio.configuration(base, null, null, "+14155238886", null)))
                .hasGatewayAccount()).as("a WhatsApp number only").isFalse();
        assertThat(new TwilioSmsSender(Twilio.messages(none)).hasGatewayAccount()).isFalse();
        assertThat(new TwilioSmsSender(Twilio.messages(none)).send(text(Optional.empty(), "Hi"), Optional.empty()))
                .isEqualTo(new AttemptResult.Rejected("the gateway has no Twilio account"));
    }

    private AttemptResult answeredWith(Reply reply) {
        stub.answer(exchange -> reply);
        return sender.send(text(Optional.empty(), "Hi"), Optional.empty());
    }

    private static OutgoingText text(Optional<String> sender, String body) {
        return new OutgoingText(DELIVERY, new PhoneNumber("+14155550100"), sender, body);
    }
}
