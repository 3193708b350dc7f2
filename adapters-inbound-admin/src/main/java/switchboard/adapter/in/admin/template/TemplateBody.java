package switchboard.adapter.in.admin.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * A template as it is stored: a name, and a subject and bodies that may hold fields such as
 * {@code {{first_name}}}; an HTML body, a text body, or both.
 */
@Serdeable
public record TemplateBody(@NotBlank String name, @Nullable String subject, @Nullable String html, @Nullable String text) {
}
