package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record DeliveryView(String id, String messageId, String channel, String to, String status, int attempts, String lastError,
                           String providerRef, Instant notBefore, Instant updatedAt) {
}
