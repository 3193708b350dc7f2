package switchboard.adapter.in.admin.tenant;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record TenantView(String id, String name, ContactFieldsView contactFields, Instant createdAt) {
}
