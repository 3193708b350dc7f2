package switchboard.application.template;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

public interface GetTemplateUseCase {

    /** @throws NotFoundException if the tenant or the template does not exist */
    Template get(TenantId tenantId, TemplateId id);
}
