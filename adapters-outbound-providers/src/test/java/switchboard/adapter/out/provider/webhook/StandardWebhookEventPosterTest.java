package switchboard.adapter.out.provider.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.adapter.out.provider.stub.Troubles;
import switchboard.application.event.port.EventPoster.PostResult;
import switchboard.application.event.port.QueuedEvent;
import switchboard.application.memory.SettableClock;
import switchboard.domain.event.Event;
import switchboard.domain.event.EventType;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.adapter.out.provider.webhook.Webhooks.ACCOUNT_SECRET;
import static switchboard.adapter.out.provider.webhook.Webhooks.DELIVERY;
import static switchboard.adapter.out.provider.webhook.Webhooks.GATEWAY_SECRET;
import static switchboard.adapter.out.provider.webhook.Webhooks.MESSAGE;
import static switchboard.adapter.out.provider.webhook.Webhooks.NAMES;
import static switchboard.adapter.out.provider.webhook.Webhooks.configuration;

/** What the event poster posts, what the receiver's answer makes of it, and what the SSRF guard and the timeouts stop. */
class StandardWebhookEventPosterTest {

    private static final UUID EVENT_ID = UUID.fromString("01936f3e-8a2b-7c4d-9e5f-6a7b8c9d0e1f");
    private static final Instant OCCURRED_AT = Instant.parse("2025-03-04T05:06:07.123Z");
    /** A secret no endpoint here holds. */
    private static final String STRANGER_SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);

    private final ProviderStub stub = ProviderStub.start().answer(exchange -> Reply.json(200, "{\"received\":true}"));
    private final StandardWebhookEventPoster poster = poster(configuration(), Clock.systemUTC());

    @AfterEach
    void stop() {
        poster.close();
        stub.close();
    }

    private static StandardWebhookEventPoster poster(WebhookConfiguration configuration, Clock clock) {
        return new StandardWebhookEventPoster(configuration, NAMES, ObjectMapper.getDefault(), clock);
    }

    private URI url(String pathAndQuery) {
        return at("hooks.example.test", stub.baseUri().getPort(), pathAndQuery);
    }

    private static URI at(String host, int port, String pathAndQuery) {
        return URI.create("http://" + host + ":" + port + pathAndQuery);
    }

    /** A delivery's event with every field given. */
    private static QueuedEvent failed() {
        Event event = new Event(EVENT_ID, EventType.DELIVERY_FAILED, new TenantId("acme"), MESSAGE, Optional.of(DELIVERY),
                OCCURRED_AT, Optional.of(Channel.IN_APP), Optional.of("user-42"), 3, Optional.of("mailbox full"),
                Optional.of("smtp"), Optional.of("smtp-ref-9"));
        return new QueuedEvent(7, event, Optional.of("fliplet"), Optional.of("spring-sale"));
    }

    private static QueuedEvent accepted() {
        Event event = new Event(EVENT_ID, EventType.MESSAGE_ACCEPTED, new TenantId("acme"), MESSAGE, Optional.empty(),
                OCCURRED_AT, Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty());
        return new QueuedEvent(1, event, Optional.empty(), Optional.empty());
    }

    private static Map<String, Object> json(Exchange exchange) throws Exception {
        return ObjectMapper.getDefault().readValue(exchange.bodyText(), Argument.mapOf(String.class, Object.class));
    }

    @Test
    void postsTheEventAsSignedJsonThatAStandardWebhooksReceiverAccepts() throws Exception {
        long before = Instant.now().getEpochSecond();

        PostResult result = poster.to(url("/events?source=switchboard"), List.of(GATEWAY_SECRET)).post(failed());

        assertThat(result.delivered()).isTrue();
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.detail()).isEqualTo("HTTP 200: {\"received\":true}");
        assertThat(stub.exchanges()).hasSize(1);
        Exchange received = stub.exchanges().get(0);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/events");
        assertThat(received.query()).isEqualTo("source=switchboard");
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header("User-Agent")).isEqualTo("Switchboard-Webhooks/1.0");
        assertThat(received.header("webhook-id")).isEqualTo(EVENT_ID.toString());
        assertThat(Long.parseLong(received.header("webhook-timestamp"))).isBetween(before, Instant.now().getEpochSecond());
        assertThat(received.bodyText()).isEqualTo("{\"type\":\"delivery.failed\",\"timestamp\":\"2025-03-04T05:06:07.123Z\","
                + "\"data\":{\"eventId\":\"01936f3e-8a2b-7c4d-9e5f-6a7b8c9d0e1f\","
                + "\"messageId\":\"5d2f7c1a-3b4e-4c5d-8e9f-0a1b2c3d4e5f\","
                + "\"deliveryId\":\"0b0c5a4e-6a1f-4f7e-9d43-2b7d1b0e9a11\",\"channel\":\"in_app\",\"recipient\":\"user-42\","
                + "\"api\":\"fliplet\",\"campaign\":\"spring-sale\",\"provider\":\"smtp\",\"providerId\":\"smtp-ref-9\","
                + "\"status\":\"failed\",\"error\":\"mailbox full\",\"attempt\":3}}");

        new Webhook(GATEWAY_SECRET).verify(received.bodyText(), received.headers());
    }

    @Test
    void duringARotationBothSecretsSignAndEitherAloneVerifies() throws Exception {
        assertThat(poster.to(url("/"), List.of(ACCOUNT_SECRET, GATEWAY_SECRET)).post(failed()).delivered()).isTrue();

        Exchange received = stub.exchanges().get(0);
        assertThat(received.header("webhook-signature")).matches("v1,[A-Za-z0-9+/=]+ v1,[A-Za-z0-9+/=]+");
        new Webhook(ACCOUNT_SECRET).verify(received.bodyText(), received.headers());
        new Webhook(GATEWAY_SECRET).verify(received.bodyText(), received.headers());
        assertThatThrownBy(() -> new Webhook(STRANGER_SECRET).verify(received.bodyText(), received.headers()))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aMessagesEventHasNoDeliveryFieldsAndAbsentValuesAreLeftOut() throws Exception {
        poster.to(url("/"), List.of(GATEWAY_SECRET)).post(accepted());

        Map<String, Object> payload = json(stub.exchanges().get(0));
        assertThat(payload).containsOnlyKeys("type", "timestamp", "data")
                .containsEntry("type", "message.accepted").containsEntry("timestamp", "2025-03-04T05:06:07.123Z");
        assertThat(payload.get("data")).isEqualTo(Map.of("eventId", EVENT_ID.toString(),
                "messageId", MESSAGE.toString(), "status", "accepted"));
    }

    @Test
    void aDeliverysEventLeavesOutWhatItDoesNotKnow() throws Exception {
        Event sent = new Event(EVENT_ID, EventType.DELIVERY_SENT, new TenantId("acme"), MESSAGE, Optional.of(DELIVERY),
                OCCURRED_AT, Optional.of(Channel.EMAIL), Optional.of("ann@example.com"), 1, Optional.empty(),
                Optional.empty(), Optional.empty());

        poster.to(url("/"), List.of(GATEWAY_SECRET)).post(new QueuedEvent(2, sent, Optional.empty(), Optional.empty()));

        assertThat(json(stub.exchanges().get(0))).containsEntry("type", "delivery.sent").extracting("data")
                .isEqualTo(Map.of("eventId", EVENT_ID.toString(), "messageId", MESSAGE.toString(),
                        "deliveryId", DELIVERY.toString(), "channel", "email", "recipient", "ann@example.com",
                        "status", "sent", "attempt", 1));
    }

    @Test
    void aRetryKeepsTheEventsIdAndIsSignedAnewWithItsOwnTimestamp() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2025-03-04T05:06:07Z"));
        try (StandardWebhookEventPoster timed = poster(configuration(), clock)) {
            timed.to(url("/"), List.of(GATEWAY_SECRET)).post(failed());
            clock.advance(Duration.ofSeconds(90));
            timed.to(url("/"), List.of(GATEWAY_SECRET)).post(failed());
        }

        List<Exchange> attempts = stub.exchanges();
        assertThat(attempts).extracting(attempt -> attempt.header("webhook-id"))
                .containsExactly(EVENT_ID.toString(), EVENT_ID.toString());
        assertThat(attempts).extracting(attempt -> attempt.header("webhook-timestamp"))
                .containsExactly("1741064767", "1741064857");
        for (Exchange attempt : attempts) {
            // The library's own signing, which (unlike verify) does not compare the timestamp with the real clock.
            assertThat(attempt.header("webhook-signature")).isEqualTo(new Webhook(GATEWAY_SECRET).sign(
                    attempt.header("webhook-id"), Long.parseLong(attempt.header("webhook-timestamp")), attempt.bodyText()));
        }
    }

    @Test
    void anAnswerOtherThan2xxIsNotDeliveredAndItsStartIsKept() {
        String page = "<html>\n<body>\n" + "Internal error. ".repeat(100_000) + "</body></html>";
        stub.answer(exchange -> new Reply(500, Map.of("Content-Type", "text/html"), page));

        PostResult result = poster.to(url("/"), List.of(GATEWAY_SECRET)).post(failed());

        assertThat(result.delivered()).isFalse();
        assertThat(result.status()).isEqualTo(500);
        assertThat(result.detail()).startsWith("HTTP 500: <html> <body> Internal error. Internal error.").endsWith("…")
                .hasSizeLessThanOrEqualTo(510);

        stub.answer(exchange -> Reply.json(404, "{\"error\":\"no such hook\"}"));
        assertThat(poster.to(url("/"), List.of(GATEWAY_SECRET)).post(failed())).extracting(PostResult::delivered,
                PostResult::status, PostResult::detail).containsExactly(false, 404, "HTTP 404: {\"error\":\"no such hook\"}");
    }

    @Test
    void aRedirectIsNotFollowedNorDelivered() {
        stub.answer(exchange -> new Reply(302, Map.of("Location", "/elsewhere"), ""));

        PostResult result = poster.to(url("/hook"), List.of(GATEWAY_SECRET)).post(failed());

        assertThat(result).extracting(PostResult::delivered, PostResult::status, PostResult::detail).containsExactly(false,
                302, "HTTP 302: redirects are not followed (Location: /elsewhere); point the webhook at the final URL");
        assertThat(stub.exchanges()).extracting(Exchange::path).containsExactly("/hook");
    }

    @Test
    void aMalformedSecretIsAFailedResultThatDoesNotShowItAndPostsNothing() {
        String tooShort = "whsec_c2hvcnQgYnV0IHNlY3JldA==";

        for (List<String> secrets : List.of(List.of(tooShort), List.of(GATEWAY_SECRET, "not a secret at all"), List.<String>of())) {
            PostResult result = poster.to(url("/"), secrets).post(failed());

            assertThat(result.delivered()).as("%s secrets", secrets.size()).isFalse();
            assertThat(result.status()).isZero();
            assertThat(result.detail()).isNotBlank().doesNotContain("c2hvcnQgYnV0IHNlY3JldA", "not a secret at all",
                    GATEWAY_SECRET.substring(6));
        }
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void withoutLoopbackAllowedALoopbackHostIsRefusedWithoutConnecting() {
        WebhookConfiguration production = configuration();
        production.setAllowLoopback(false);
        try (StandardWebhookEventPoster guarded = poster(production, Clock.systemUTC())) {
            PostResult result = guarded.to(url("/"), List.of(GATEWAY_SECRET)).post(failed());

            assertThat(result).extracting(PostResult::delivered, PostResult::status, PostResult::detail).containsExactly(false,
                    0, "the webhook URL is refused: hooks.example.test resolves to 127.0.0.1, a loopback address"
                            + " (127.0.0.0/8); webhooks are only posted to public addresses");
            assertThat(guarded.to(at("127.0.0.1", stub.baseUri().getPort(), "/"), List.of(GATEWAY_SECRET)).post(failed())
                    .detail()).contains("refused", "a loopback address");
        }
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void aPrivateHostIsRefusedEvenWithLoopbackAllowed() {
        PostResult result = poster.to(URI.create("https://private.example.test/events"), List.of(GATEWAY_SECRET)).post(failed());

        assertThat(result).extracting(PostResult::delivered, PostResult::status, PostResult::detail).containsExactly(false,
                0, "the webhook URL is refused: private.example.test resolves to 10.0.0.7, a private address (10.0.0.0/8);"
                        + " webhooks are only posted to public addresses");
    }

    @Test
    void aHostThatDoesNotResolveOrAPortThatRefusesIsNotDelivered() {
        assertThat(poster.to(URI.create("https://nowhere.example.test/events"), List.of(GATEWAY_SECRET)).post(failed()))
                .extracting(PostResult::delivered, PostResult::status, PostResult::detail)
                .containsExactly(false, 0, "the webhook host does not resolve: nowhere.example.test");

        PostResult refused = poster.to(URI.create(Troubles.closedAddress() + "/events"), List.of(GATEWAY_SECRET)).post(failed());
        assertThat(refused.delivered()).isFalse();
        assertThat(refused.status()).isZero();
        assertThat(refused.detail()).startsWith("the webhook endpoint could not be reached: ").contains("refused");
    }

    @Test
    void anEndpointThatNeverAnswersIsNotDeliveredAfterTheReadTimeoutAndTheWaitIsMeasured() throws Exception {
        WebhookConfiguration impatient = configuration();
        impatient.setReadTimeout(Duration.ofMillis(600));
        try (RawHttpServer silent = new RawHttpServer(out -> Thread.sleep(60_000));
             StandardWebhookEventPoster timed = poster(impatient, Clock.systemUTC())) {

            PostResult result = timed.to(at("hooks.example.test", silent.port(), "/"), List.of(GATEWAY_SECRET)).post(failed());

            assertThat(result).extracting(PostResult::delivered, PostResult::status, PostResult::detail)
                    .containsExactly(false, 0, "the webhook endpoint did not answer in time: Read timed out");
            assertThat(result.latencyMillis()).isBetween(550L, 5000L);
        }
    }

    @Test
    void aTricklingEndpointIsNotDeliveredOnceTheTotalTimeoutIsUp() throws Exception {
        WebhookConfiguration bounded = configuration();
        bounded.setTotalTimeout(Duration.ofSeconds(1));
        try (RawHttpServer trickling = RawHttpServer.trickling(600);
             StandardWebhookEventPoster timed = poster(bounded, Clock.systemUTC())) {

            PostResult result = timed.to(at("hooks.example.test", trickling.port(), "/"), List.of(GATEWAY_SECRET)).post(failed());

            assertThat(result).extracting(PostResult::delivered, PostResult::status, PostResult::detail)
                    .containsExactly(false, 0, "no complete answer within 1000 ms");
            assertThat(result.latencyMillis()).isBetween(900L, 5000L);
        }
    }
}
