package switchboard.application.service;

import java.util.Objects;

import switchboard.application.port.in.GetTemplateUseCase;
import switchboard.application.port.in.NotFoundException;
import switchboard.application.port.out.TemplateStore;
import switchboard.application.port.out.TenantStore;
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
