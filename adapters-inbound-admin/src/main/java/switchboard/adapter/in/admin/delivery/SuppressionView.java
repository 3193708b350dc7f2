package switchboard.adapter.in.admin.delivery;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record SuppressionView(String channel, String address, String reason, Instant since) {
}
