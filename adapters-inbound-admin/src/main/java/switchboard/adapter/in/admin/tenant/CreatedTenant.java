package switchboard.adapter.in.admin.tenant;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record CreatedTenant(String id, String name) {
}
