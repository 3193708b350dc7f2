package switchboard.application.template;

import switchboard.domain.contact.ContactId;
import switchboard.domain.message.Content;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

public interface PreviewTemplateUseCase {

    /**
     * The tenant's template filled from the contact's data, as a send fills it.
     *
     * @throws switchboard.application.shared.NotFoundException if the tenant, the template or the contact does not exist
     * @throws switchboard.domain.InvalidValueException if the template is malformed
     */
    Content preview(TenantId tenantId, TemplateId templateId, ContactId contactId);
}
