package switchboard.adapter.out.provider.webhook;

import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.application.event.port.EventPoster;
import switchboard.application.event.port.QueuedEvent;

/**
 * Posts events to the tenants' endpoints as JSON, signed as Standard Webhooks specifies, with the
 * endpoint's secrets: during a rotation both sign, and {@code webhook-signature} holds both
 * signatures, separated by a space, so that a receiver holding either accepts the post. The
 * {@code webhook-id} is the event's id, the same however often it is posted.
 * <p>
 * The JSON posted, fields without a value left out:
 * <pre>
 * {"type": "delivery.sent",                    the event type's wire name
 *  "timestamp": "2025-03-04T05:06:07Z",        when the change happened (ISO-8601)
 *  "data": {"eventId", "messageId",
 *           "deliveryId",                      not for message.accepted
 *           "channel",                         lower case: "email", "sms", "in_app"
 *           "recipient",                       the delivery's address
 *           "api",                             the API that accepted the message
 *           "campaign", "provider",
 *           "providerId",                      the provider's id of the delivery
 *           "status",                          the state reached: "sent", "failed", ...; "accepted" for message.accepted
 *           "error",                           the delivery's error text
 *           "attempt"}}                        the delivery's attempt count (a number); not for message.accepted
 * </pre>
 * <p>
 * Guarded against server-side request forgery, bounded in time and in what it reads, as
 * {@link GuardedWebhookClient} says, with {@code switchboard.webhook.*}'s timeouts and
 * {@code allow-loopback}. It is there whether webhook deliveries are enabled or not: events are
 * the gateway's own, not a provider's.
 * <p>
 * Only a 2xx answer delivers the event; a redirect is not followed. Every failure, a malformed
 * secret included, comes back as a result, never as an exception. Secrets are never logged nor shown.
 */
@Singleton
public class StandardWebhookEventPoster implements EventPoster, AutoCloseable {

    private final JsonBodies json;
    private final GuardedWebhookClient http;

    public StandardWebhookEventPoster(WebhookConfiguration configuration, HostResolver names, JsonMapper json, Clock clock) {
        this.json = new JsonBodies(json);
        this.http = new GuardedWebhookClient(configuration, names, clock, "event");
    }

    @Override
    public EndpointPoster to(URI url, List<String> signingSecrets) {
        List<WebhookSecret> secrets = new ArrayList<>();
        for (String text : signingSecrets) {
            Optional<WebhookSecret> secret = WebhookSecret.parse(text);
            if (secret.isEmpty()) {
                return refused("a signing secret of the endpoint is not " + WebhookSecret.FORMAT);
            }
            secrets.add(secret.get());
        }
        if (secrets.isEmpty()) {
            return refused("the endpoint has no signing secret: events are never posted unsigned");
        }
        return event -> post(url, secrets, event);
    }

    private PostResult post(URI url, List<WebhookSecret> secrets, QueuedEvent event) {
        byte[] body = json.write(EventPayload.of(event));
        long start = System.nanoTime();
        GuardedWebhookClient.Outcome outcome = http.post(url, event.event().id().toString(), body, secrets);
        long latencyMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (outcome instanceof GuardedWebhookClient.Answer answer) {
            return new PostResult(answer.isSuccess(), answer.status(), latencyMillis, answer.summary());
        }
        return new PostResult(false, 0, latencyMillis, ((GuardedWebhookClient.NoAnswer) outcome).reason());
    }

    private static EndpointPoster refused(String reason) {
        return event -> new PostResult(false, 0, 0, reason);
    }

    @PreDestroy
    @Override
    public void close() {
        http.close();
    }
}
