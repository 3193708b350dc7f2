package switchboard.adapter.in.dripcel.email;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of {@code POST /send/email/bulk}, as documented. */
@Serdeable
public record BulkEmailRequest(@NotBlank String from,
                               @NotBlank @JsonProperty("template_id") String templateId,
                               @NotEmpty List<@NotNull String> destinations,
                               @Nullable @JsonProperty("filter_non_contacts") Boolean filterNonContacts,
                               @Nullable @JsonProperty("to_start_at") String toStartAt) {

    public boolean contactsOnly() {
        return Boolean.TRUE.equals(filterNonContacts);
    }
}
