package switchboard.application.service;

import java.util.List;
import java.util.Objects;

import switchboard.application.port.in.ListTemplatesUseCase;
import switchboard.application.port.out.TemplateStore;
import switchboard.application.port.out.TenantStore;
import switchboard.domain.template.Template;
import switchboard.domain.tenant.TenantId;

public final class ListTemplatesService implements ListTemplatesUseCase {

    private final TenantStore tenants;
    private final TemplateStore templates;

    public ListTemplatesService(TenantStore tenants, TemplateStore templates) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public List<Template> list(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        return templates.list(tenantId);
    }
}
