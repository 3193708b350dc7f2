package switchboard.adapter.in.admin.template;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

import switchboard.domain.message.Content;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

/**
 * A template as it is stored: a name, and a subject and bodies that may hold fields such as
 * {@code {{first_name}}}; an HTML body, a text body, or both.
 */
@Serdeable
public record TemplateBody(@NotBlank String name, @Nullable String subject, @Nullable String html, @Nullable String text) {

    /** The tenant's template under this id. */
    public Template template(TenantId tenantId, TemplateId id) {
        return new Template(id, tenantId, name, new Content(subject, text, html));
    }
}
