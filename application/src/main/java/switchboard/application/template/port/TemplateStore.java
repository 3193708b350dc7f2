package switchboard.application.template.port;

import java.util.List;
import java.util.Optional;

import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

/** The tenants' stored message templates. */
public interface TemplateStore {

    /** Creates the template, or replaces the tenant's template with its id; true if it was created. */
    boolean save(Template template);

    Optional<Template> find(TenantId tenantId, TemplateId id);

    /** The tenant's templates, ordered by id. */
    List<Template> list(TenantId tenantId);

    /** Removes a template; false if the tenant has no such template. */
    boolean delete(TenantId tenantId, TemplateId id);
}
