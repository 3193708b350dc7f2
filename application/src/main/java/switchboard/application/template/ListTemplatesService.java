package switchboard.application.template;

import java.util.List;
import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.application.template.port.TemplateStore;
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
