package switchboard.application.dispatch.port;

import java.time.Instant;
import java.util.Objects;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.WebhookUrl;
import switchboard.domain.tenant.TenantId;

/**
 * A message posted to a URL. The delivery id identifies the post across retries, so that the
 * receiver can tell a retry from a new message.
 */
public record OutgoingWebhook(DeliveryId deliveryId, WebhookUrl url, TenantId tenantId, MessageId messageId,
                              Content content, Instant createdAt) {

    public OutgoingWebhook {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
