package switchboard.application.template;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

public interface DeleteTemplateUseCase {

    /** @throws NotFoundException if the tenant has no such template */
    void delete(TenantId tenantId, TemplateId id);
}
