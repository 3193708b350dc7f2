package switchboard.adapter.in.admin.tenant;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

@Serdeable
public record NewTenant(@NotBlank String name) {
}
