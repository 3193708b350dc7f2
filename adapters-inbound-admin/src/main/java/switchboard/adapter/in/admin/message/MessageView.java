package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A message and where each of its deliveries stands. */
@Serdeable
public record MessageView(String id, String tenantId, String origin, String subject, String campaignId, boolean testMode,
                          Instant createdAt, List<DeliveryView> deliveries) {
}
