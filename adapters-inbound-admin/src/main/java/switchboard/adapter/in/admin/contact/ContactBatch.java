package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

@Serdeable
public record ContactBatch(@NotEmpty List<@Valid ContactView> contacts) {
}
