package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** A Sift-style scope over the tenant's contacts' data. */
@Serdeable
public record ContactQuery(@NotNull Map<String, Object> scope) {
}
