package switchboard.adapter.in.admin.tenant;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

/** The keys of a tenant's contact data that hold addresses, each list tried in order, ignoring case. */
@Serdeable
public record ContactFieldsView(@NotEmpty List<String> email, @NotEmpty List<String> phone, @NotEmpty List<String> pushTokens) {
}
