package switchboard.domain.template;

import java.util.Objects;

import switchboard.domain.message.Content;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.requireText;

/**
 * A stored message a tenant sends again and again. Its subject and bodies may hold fields such
 * as {@code {{first_name}}}, filled per recipient from the contact's data.
 */
public record Template(TemplateId id, TenantId tenantId, String name, Content content) {

    public static final int MAX_NAME_LENGTH = 200;

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        requireText(name, "the template's name", MAX_NAME_LENGTH);
        Objects.requireNonNull(content, "content");
    }
}
