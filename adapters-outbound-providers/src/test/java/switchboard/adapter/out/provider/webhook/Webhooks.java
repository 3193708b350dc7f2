package switchboard.adapter.out.provider.webhook;

import io.micronaut.serde.ObjectMapper;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.dispatch.port.OutgoingWebhook;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.WebhookUrl;
import switchboard.domain.tenant.TenantId;

/** Webhooks and senders for the tests: names resolve through a table, so connections only ever go to loopback. */
final class Webhooks {

    /** The Standard Webhooks specification's example secret (24 bytes). */
    static final String GATEWAY_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    /** A tenant's own secret (32 bytes). */
    static final String ACCOUNT_SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    static final DeliveryId DELIVERY = new DeliveryId(UUID.fromString("0b0c5a4e-6a1f-4f7e-9d43-2b7d1b0e9a11"));
    static final MessageId MESSAGE = new MessageId(UUID.fromString("5d2f7c1a-3b4e-4c5d-8e9f-0a1b2c3d4e5f"));
    static final Instant CREATED_AT = Instant.parse("2025-03-04T05:06:07Z");

    /** hooks.example.test is this machine; private.example.test is on a private network; nothing else resolves. */
    static final HostResolver NAMES = name -> {
        Map<String, String> table = Map.of("hooks.example.test", "127.0.0.1", "private.example.test", "10.0.0.7");
        if (!table.containsKey(name)) {
            throw new UnknownHostException(name);
        }
        return new InetAddress[] {InetAddress.getByName(table.get(name))};
    };

    private Webhooks() {
    }

    static OutgoingWebhook to(String url) {
        return to(url, new Content("Order shipped", "Your order is on its way.", "<p>Your order is on its way.</p>"));
    }

    static OutgoingWebhook to(String url, Content content) {
        return new OutgoingWebhook(DELIVERY, new WebhookUrl(url), new TenantId("acme"), MESSAGE, content, CREATED_AT);
    }

    static Optional<ProviderAccount> account(Map<String, String> secrets) {
        return Optional.of(new ProviderAccount(Map.of(), secrets));
    }

    /** Settings for a sender: loopback allowed, the gateway's secret, short timeouts. */
    static WebhookConfiguration configuration() {
        WebhookConfiguration configuration = new WebhookConfiguration();
        configuration.setSigningSecret(GATEWAY_SECRET);
        configuration.setAllowLoopback(true);
        configuration.setConnectTimeout(Duration.ofSeconds(2));
        configuration.setReadTimeout(Duration.ofSeconds(3));
        configuration.setTotalTimeout(Duration.ofSeconds(5));
        return configuration;
    }

    static StandardWebhookSender sender(WebhookConfiguration configuration, Clock clock) {
        return new StandardWebhookSender(configuration, NAMES, ObjectMapper.getDefault(), clock);
    }

    static StandardWebhookSender sender() {
        return sender(configuration(), Clock.systemUTC());
    }
}
