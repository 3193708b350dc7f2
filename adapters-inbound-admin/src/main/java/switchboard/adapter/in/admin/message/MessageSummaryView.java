package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/** A message as listed, with how many of its deliveries stand in each status. */
@Serdeable
public record MessageSummaryView(String id, String origin, String subject, String campaignId, boolean testMode,
                                 Instant createdAt, Map<String, Integer> deliveries) {
}
