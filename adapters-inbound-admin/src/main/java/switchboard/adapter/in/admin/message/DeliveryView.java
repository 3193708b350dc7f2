package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A delivery; its {@code history} only where a message is read whole, else null (and left out). */
@Serdeable
public record DeliveryView(String id, String messageId, String channel, String to, String status, int attempts, String lastError,
                           String providerRef, Instant notBefore, Instant updatedAt, List<AttemptView> history) {
}
