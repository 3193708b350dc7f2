package switchboard.adapter.out.provider.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.support.JsonBodies;
import switchboard.application.dispatch.port.OutgoingWebhook;
import switchboard.application.dispatch.port.WebhookSender;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;

/**
 * Posts messages to webhook URLs as JSON, signed as Standard Webhooks specifies
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}), with the account's
 * {@value #SIGNING_SECRET} or else the gateway's {@code switchboard.webhook.signing-secret}.
 * <p>
 * Guarded against server-side request forgery, bounded in time and in what it reads, as
 * {@link GuardedWebhookClient} says.
 * <p>
 * Every failure comes back as a result, never as an exception (see {@link WebhookResponses}).
 * Secrets are never logged nor shown.
 */
@Singleton
@Requires(property = "switchboard.webhook.enabled", value = "true")
public class StandardWebhookSender implements WebhookSender, AutoCloseable {

    /** The account field (a secret) holding the account's own signing secret. */
    public static final String SIGNING_SECRET = "signingSecret";

    private final Optional<WebhookSecret> gatewaySecret;
    private final JsonBodies json;
    private final Clock clock;
    private final GuardedWebhookClient http;

    public StandardWebhookSender(WebhookConfiguration configuration, HostResolver names, JsonMapper json, Clock clock) {
        this.gatewaySecret = Optional.ofNullable(configuration.getSigningSecret()).map(text -> WebhookSecret.parse(text)
                .orElseThrow(() -> new ConfigurationException("switchboard.webhook.signing-secret must be "
                        + WebhookSecret.FORMAT)));
        this.json = new JsonBodies(json);
        this.clock = clock;
        this.http = new GuardedWebhookClient(configuration, names, clock, "webhook");
    }

    @Override
    public String provider() {
        return "webhook";
    }

    @Override
    public boolean hasGatewayAccount() {
        return gatewaySecret.isPresent();
    }

    @Override
    public AttemptResult send(OutgoingWebhook webhook, Optional<ProviderAccount> account) {
        if (account.isEmpty()) {
            return gatewaySecret.map(secret -> post(webhook, secret)).orElseGet(() -> new AttemptResult.Rejected(
                    "no signing secret: the gateway has none (switchboard.webhook.signing-secret) and no account was given"));
        }
        String text = account.get().field(SIGNING_SECRET);
        if (text == null) {
            return new AttemptResult.Rejected("the account has no " + SIGNING_SECRET + " to sign webhooks with");
        }
        return WebhookSecret.parse(text).map(secret -> post(webhook, secret)).orElseGet(() ->
                new AttemptResult.Rejected("the account's " + SIGNING_SECRET + " is not " + WebhookSecret.FORMAT));
    }

    private AttemptResult post(OutgoingWebhook webhook, WebhookSecret secret) {
        GuardedWebhookClient.Outcome outcome = http.post(webhook.url().uri(), webhook.deliveryId().toString(),
                json.write(payload(webhook)), List.of(secret));
        if (outcome instanceof GuardedWebhookClient.Answer answer) {
            return WebhookResponses.outcome(answer, clock);
        }
        GuardedWebhookClient.NoAnswer none = (GuardedWebhookClient.NoAnswer) outcome;
        return none.refused() ? new AttemptResult.Rejected(none.reason()) : new AttemptResult.Deferred(none.reason());
    }

    /**
     * The JSON posted: {@code type} "message", {@code id} (the delivery's, as in webhook-id),
     * {@code messageId}, {@code tenantId}, {@code createdAt} (ISO-8601), and those of
     * {@code subject}, {@code text} and {@code html} the message has.
     */
    private static Map<String, String> payload(OutgoingWebhook webhook) {
        Content content = webhook.content();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "message");
        fields.put("id", webhook.deliveryId().toString());
        fields.put("messageId", webhook.messageId().toString());
        fields.put("tenantId", webhook.tenantId().value());
        fields.put("createdAt", webhook.createdAt().toString());
        putIfPresent(fields, "subject", content.subject());
        putIfPresent(fields, "text", content.text());
        putIfPresent(fields, "html", content.html());
        return fields;
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        http.close();
    }
}
