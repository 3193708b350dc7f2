package switchboard.adapter.out.provider.webhook;

import com.standardwebhooks.Webhook;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.dispatch.port.WebhookSender;
import switchboard.domain.delivery.AttemptResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.adapter.out.provider.webhook.Webhooks.GATEWAY_SECRET;
import static switchboard.adapter.out.provider.webhook.Webhooks.to;

/** The webhook sender Micronaut builds from {@code switchboard.webhook.*}, and only when it is enabled. */
class WebhookWiringTest {

    private static ApplicationContext run(Map<String, Object> properties) {
        return ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC()).start();
    }

    @Test
    void withoutBeingEnabledThereIsNoWebhookSender() {
        try (ApplicationContext context = run(Map.of("switchboard.webhook.signing-secret", GATEWAY_SECRET))) {
            assertThat(context.findBean(WebhookSender.class)).isEmpty();
        }
    }

    @Test
    void enabledItSignsWithTheConfiguredSecretAndUsesTheConfiguredTimeouts() throws Exception {
        try (ProviderStub stub = ProviderStub.start().answer(exchange -> Reply.json(204, ""));
             RawHttpServer trickling = RawHttpServer.trickling(100);
             ApplicationContext context = run(Map.of(
                     "switchboard.webhook.enabled", "true",
                     "switchboard.webhook.signing-secret", GATEWAY_SECRET,
                     "switchboard.webhook.allow-loopback", "true",
                     "switchboard.webhook.total-timeout", "700ms"))) {

            WebhookSender sender = context.getBean(WebhookSender.class);

            assertThat(sender).isInstanceOf(StandardWebhookSender.class);
            assertThat(sender.hasGatewayAccount()).isTrue();
            assertThat(sender.send(to(stub.baseUri() + "/hook"), Optional.empty())).isInstanceOf(AttemptResult.Sent.class);
            new Webhook(GATEWAY_SECRET).verify(stub.exchanges().get(0).bodyText(), stub.exchanges().get(0).headers());
            assertThat(sender.send(to("http://127.0.0.1:" + trickling.port() + "/"), Optional.empty()))
                    .isEqualTo(new AttemptResult.Deferred("no complete answer within 700 ms"));
        }
    }

    @Test
    void loopbackIsRefusedUnlessTheSwitchIsOn() {
        try (ProviderStub stub = ProviderStub.start().answer(exchange -> Reply.json(200, "{}"));
             ApplicationContext context = run(Map.of(
                     "switchboard.webhook.enabled", "true",
                     "switchboard.webhook.signing-secret", GATEWAY_SECRET))) {

            assertThat(context.getBean(WebhookSender.class).send(to(stub.baseUri() + "/hook"), Optional.empty()))
                    .isInstanceOf(AttemptResult.Rejected.class);
            assertThat(stub.exchanges()).isEmpty();
        }
    }

    @Test
    void withoutASecretTheGatewayHasNoAccountOfItsOwn() {
        try (ApplicationContext context = run(Map.of("switchboard.webhook.enabled", "true"))) {
            assertThat(context.getBean(WebhookSender.class).hasGatewayAccount()).isFalse();
        }
    }

    @Test
    void aMalformedSecretStopsTheGatewayWithoutShowingTheSecret() {
        String malformed = "whsec_c2hvcnQgYnV0IHNlY3JldA==";
        try (ApplicationContext context = run(Map.of(
                "switchboard.webhook.enabled", "true",
                "switchboard.webhook.signing-secret", malformed))) {

            assertThatThrownBy(() -> context.getBean(WebhookSender.class))
                    .hasStackTraceContaining("switchboard.webhook.signing-secret must be whsec_ followed by the base64"
                            + " of at least 24 random bytes")
                    .satisfies(failure -> {
                        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                            assertThat(String.valueOf(cause.getMessage())).doesNotContain("c2hvcnQgYnV0IHNlY3JldA");
                        }
                    });
        }
    }
}
