package switchboard.domain.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.UserId;
import switchboard.domain.tenant.TenantId;

/**
 * A message in a user's in-app inbox, read or not. It is identified by the delivery that put
 * it there, so delivering the same delivery twice leaves one item.
 */
public record InboxItem(DeliveryId id, TenantId tenantId, UserId userId, MessageId messageId, String title, String body,
                        Instant createdAt, Instant readAt) {

    public InboxItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Optional<Instant> readTime() {
        return Optional.ofNullable(readAt);
    }
}
