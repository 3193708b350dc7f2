package switchboard.adapter.out.provider.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.memory.SettableClock;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.message.Content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.adapter.out.provider.webhook.Webhooks.ACCOUNT_SECRET;
import static switchboard.adapter.out.provider.webhook.Webhooks.GATEWAY_SECRET;
import static switchboard.adapter.out.provider.webhook.Webhooks.account;
import static switchboard.adapter.out.provider.webhook.Webhooks.configuration;
import static switchboard.adapter.out.provider.webhook.Webhooks.sender;
import static switchboard.adapter.out.provider.webhook.Webhooks.to;

/** What the sender posts: the request, its JSON, and signatures an independent verifier accepts. */
class StandardWebhookSenderTest {

    private final ProviderStub stub = ProviderStub.start().answer(exchange -> Reply.json(200, "{\"received\":true}"));
    private final StandardWebhookSender sender = sender();

    @AfterEach
    void stop() {
        sender.close();
        stub.close();
    }

    private String url(String pathAndQuery) {
        return "http://hooks.example.test:" + stub.baseUri().getPort() + pathAndQuery;
    }

    @Test
    void postsSignedJsonThatAStandardWebhooksReceiverAccepts() throws Exception {
        long before = Instant.now().getEpochSecond();

        AttemptResult result = sender.send(to(url("/hooks/orders?source=switchboard")), Optional.empty());

        assertThat(result).isEqualTo(new AttemptResult.Sent(null));
        Exchange received = stub.exchanges().get(0);
        assertThat(stub.exchanges()).hasSize(1);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo("/hooks/orders");
        assertThat(received.query()).isEqualTo("source=switchboard");
        assertThat(received.header("Host")).as("the name, though the connection went to the address checked")
                .isEqualTo("hooks.example.test:" + stub.baseUri().getPort());
        assertThat(received.header("Content-Type")).isEqualTo("application/json");
        assertThat(received.header("User-Agent")).isEqualTo("Switchboard-Webhooks/1.0");
        assertThat(received.header("webhook-id")).isEqualTo("0b0c5a4e-6a1f-4f7e-9d43-2b7d1b0e9a11");
        assertThat(Long.parseLong(received.header("webhook-timestamp"))).isBetween(before, Instant.now().getEpochSecond());
        assertThat(received.bodyText()).isEqualTo("{\"type\":\"message\",\"id\":\"0b0c5a4e-6a1f-4f7e-9d43-2b7d1b0e9a11\","
                + "\"messageId\":\"5d2f7c1a-3b4e-4c5d-8e9f-0a1b2c3d4e5f\",\"tenantId\":\"acme\","
                + "\"createdAt\":\"2025-03-04T05:06:07Z\",\"subject\":\"Order shipped\","
                + "\"text\":\"Your order is on its way.\",\"html\":\"<p>Your order is on its way.</p>\"}");

        new Webhook(GATEWAY_SECRET).verify(received.bodyText(), received.headers());
        assertThatThrownBy(() -> new Webhook(ACCOUNT_SECRET).verify(received.bodyText(), received.headers()))
                .as("another secret's verifier").isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(GATEWAY_SECRET).verify(received.bodyText() + " ", received.headers()))
                .as("a body changed on the way").isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void leavesOutAbsentFieldsAndEscapesWhateverTheContentHolds() throws Exception {
        String text = "He said \"ship it\"\\\n\ttab, ünïcödé ✓, </script> and \u0001";

        sender.send(to(url("/"), Content.text(null, text)), Optional.empty());

        Map<String, Object> fields = ObjectMapper.getDefault().readValue(stub.exchanges().get(0).bodyText(),
                Argument.mapOf(String.class, Object.class));
        assertThat(fields).containsOnlyKeys("type", "id", "messageId", "tenantId", "createdAt", "text")
                .containsEntry("text", text);
        new Webhook(GATEWAY_SECRET).verify(stub.exchanges().get(0).bodyText(), stub.exchanges().get(0).headers());
    }

    @Test
    void aRetryOfTheSameDeliveryKeepsItsIdAndIsSignedAnewWithItsOwnTimestamp() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2025-03-04T05:06:07Z"));
        try (StandardWebhookSender timed = Webhooks.sender(configuration(), clock)) {
            timed.send(to(url("/")), Optional.empty());
            clock.advance(Duration.ofSeconds(90));
            timed.send(to(url("/")), Optional.empty());
        }

        List<Exchange> attempts = stub.exchanges();
        assertThat(attempts).extracting(attempt -> attempt.header("webhook-id"))
                .containsExactly("0b0c5a4e-6a1f-4f7e-9d43-2b7d1b0e9a11", "0b0c5a4e-6a1f-4f7e-9d43-2b7d1b0e9a11");
        assertThat(attempts).extracting(attempt -> attempt.header("webhook-timestamp"))
                .containsExactly("1741064767", "1741064857");
        assertThat(attempts.get(0).header("webhook-signature")).isNotEqualTo(attempts.get(1).header("webhook-signature"));
        for (Exchange attempt : attempts) {
            // The library's own signing, which (unlike verify) does not compare the timestamp with the real clock.
            assertThat(attempt.header("webhook-signature")).isEqualTo(new Webhook(GATEWAY_SECRET).sign(
                    attempt.header("webhook-id"), Long.parseLong(attempt.header("webhook-timestamp")), attempt.bodyText()));
        }
    }

    @Test
    void signsAsTheSpecificationsExampleDoes() {
        String signature = WebhookSecret.parse(GATEWAY_SECRET).orElseThrow()
                .signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anAccountsSigningSecretIsUsedInsteadOfTheGateways() throws Exception {
        AttemptResult result = sender.send(to(url("/")), account(Map.of("signingSecret", ACCOUNT_SECRET)));

        assertThat(result).isInstanceOf(AttemptResult.Sent.class);
        Exchange received = stub.exchanges().get(0);
        new Webhook(ACCOUNT_SECRET).verify(received.bodyText(), received.headers());
        assertThatThrownBy(() -> new Webhook(GATEWAY_SECRET).verify(received.bodyText(), received.headers()))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void anAccountWithoutAUsableSigningSecretIsRefusedWithoutPosting() {
        String tooShort = "whsec_c2hvcnQ=";

        assertThat(sender.send(to(url("/")), account(Map.of("signingSecret", tooShort))))
                .isEqualTo(new AttemptResult.Rejected(
                        "the account's signingSecret is not whsec_ followed by the base64 of at least 24 random bytes"));
        assertThat(sender.send(to(url("/")), account(Map.of("signingSecret", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))))
                .isInstanceOf(AttemptResult.Rejected.class);
        assertThat(sender.send(to(url("/")), account(Map.of("signingSecret", "whsec_not base64!!"))))
                .isInstanceOf(AttemptResult.Rejected.class);
        assertThat(sender.send(to(url("/")), account(Map.of("token", "whatever"))))
                .isEqualTo(new AttemptResult.Rejected("the account has no signingSecret to sign webhooks with"));
        assertThat(stub.exchanges()).isEmpty();
    }

    @Test
    void withoutASecretOfItsOwnTheGatewayHasNoAccountAndSendsOnlyWithTenantsSecrets() throws Exception {
        WebhookConfiguration unsigned = configuration();
        unsigned.setSigningSecret("");
        try (StandardWebhookSender withoutSecret = Webhooks.sender(unsigned, Clock.systemUTC())) {
            assertThat(sender.hasGatewayAccount()).isTrue();
            assertThat(withoutSecret.hasGatewayAccount()).isFalse();
            assertThat(withoutSecret.send(to(url("/")), Optional.empty())).isInstanceOf(AttemptResult.Rejected.class);
            assertThat(stub.exchanges()).isEmpty();

            assertThat(withoutSecret.send(to(url("/")), account(Map.of("signingSecret", ACCOUNT_SECRET))))
                    .isInstanceOf(AttemptResult.Sent.class);
            new Webhook(ACCOUNT_SECRET).verify(stub.exchanges().get(0).bodyText(), stub.exchanges().get(0).headers());
        }
    }
}
