package switchboard.adapter.in.admin.tenant;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A tenant and its settings; {@code retentionDays} is absent while the tenant keeps the gateway's
 * default retention, {@code suspendedAt} while it is active.
 */
@Serdeable
public record TenantView(String id, String name, ContactFieldsView contactFields, Instant createdAt, Integer retentionDays,
                         Instant suspendedAt) {
}
