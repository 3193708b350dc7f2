package switchboard.application.template;

import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.application.template.port.TemplateStore;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

public final class GetTemplateService implements GetTemplateUseCase {

    private final TenantStore tenants;
    private final TemplateStore templates;

    public GetTemplateService(TenantStore tenants, TemplateStore templates) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public Template get(TenantId tenantId, TemplateId id) {
        KnownTenants.require(tenants, tenantId);
        return templates.find(tenantId, id).orElseThrow(() -> new NotFoundException("template", id));
    }
}
