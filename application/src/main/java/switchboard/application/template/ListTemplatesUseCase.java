package switchboard.application.template;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.template.Template;
import switchboard.domain.tenant.TenantId;

public interface ListTemplatesUseCase {

    /**
     * The tenant's templates, ordered by id.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<Template> list(TenantId tenantId);
}
