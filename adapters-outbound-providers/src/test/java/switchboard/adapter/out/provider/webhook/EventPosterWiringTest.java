package switchboard.adapter.out.provider.webhook;

import com.standardwebhooks.Webhook;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.dispatch.port.WebhookSender;
import switchboard.application.event.port.EventPoster;
import switchboard.application.event.port.EventPoster.PostResult;
import switchboard.application.event.port.QueuedEvent;
import switchboard.domain.event.Event;
import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.webhook.Webhooks.GATEWAY_SECRET;
import static switchboard.adapter.out.provider.webhook.Webhooks.MESSAGE;

/**
 * The event poster Micronaut builds: there whether webhook deliveries are enabled or not, with
 * {@code switchboard.webhook.*}'s {@code allow-loopback} and timeouts.
 */
class EventPosterWiringTest {

    private static final QueuedEvent ACCEPTED = new QueuedEvent(1, new Event(UUID.randomUUID(), EventType.MESSAGE_ACCEPTED,
            new TenantId("acme"), MESSAGE, Optional.empty(), Instant.parse("2025-03-04T05:06:07Z"), Optional.empty(),
            Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty(), Optional.empty());

    private final ProviderStub stub = ProviderStub.start().answer(exchange -> Reply.json(204, ""));

    @AfterEach
    void stop() {
        stub.close();
    }

    private static ApplicationContext run(Map<String, Object> properties) {
        return ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC()).start();
    }

    private PostResult post(ApplicationContext context) {
        return context.getBean(EventPoster.class).to(URI.create(stub.baseUri() + "/events"), List.of(GATEWAY_SECRET)).post(ACCEPTED);
    }

    @Test
    void withWebhooksDisabledThereIsAnEventPosterThatRefusesLoopback() {
        try (ApplicationContext context = run(Map.of())) {
            assertThat(context.findBean(WebhookSender.class)).isEmpty();
            assertThat(context.getBean(EventPoster.class)).isInstanceOf(StandardWebhookEventPoster.class);

            PostResult result = post(context);

            assertThat(result.delivered()).isFalse();
            assertThat(result.detail()).contains("refused", "a loopback address");
            assertThat(stub.exchanges()).isEmpty();
        }
    }

    @Test
    void withLoopbackAllowedItPostsThoughWebhookDeliveriesStayDisabled() throws Exception {
        try (ApplicationContext context = run(Map.of("switchboard.webhook.allow-loopback", "true"))) {
            assertThat(context.findBean(WebhookSender.class)).isEmpty();

            PostResult result = post(context);

            assertThat(result.delivered()).isTrue();
            assertThat(result.status()).isEqualTo(204);
            new Webhook(GATEWAY_SECRET).verify(stub.exchanges().get(0).bodyText(), stub.exchanges().get(0).headers());
        }
    }

    @Test
    void itUsesTheConfiguredTimeouts() throws Exception {
        try (RawHttpServer silent = new RawHttpServer(out -> Thread.sleep(60_000));
             ApplicationContext context = run(Map.of(
                     "switchboard.webhook.allow-loopback", "true",
                     "switchboard.webhook.total-timeout", "700ms"))) {

            PostResult result = context.getBean(EventPoster.class).to(
                    URI.create("http://127.0.0.1:" + silent.port() + "/events"), List.of(GATEWAY_SECRET)).post(ACCEPTED);

            assertThat(result.detail()).isEqualTo("no complete answer within 700 ms");
        }
    }
}
