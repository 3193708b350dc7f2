package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Map;

/** A contact: the tenant's id for it and arbitrary JSON data. */
@Serdeable
public record ContactView(@NotBlank String id, @NotNull Map<String, Object> data) {
}
