package switchboard.application.template;

import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.application.template.port.TemplateRenderer;
import switchboard.application.template.port.TemplateStore;
import switchboard.domain.template.Template;

public final class SaveTemplateService implements SaveTemplateUseCase {

    private final TenantStore tenants;
    private final TemplateStore templates;
    private final TemplateRenderer renderer;

    public SaveTemplateService(TenantStore tenants, TemplateStore templates, TemplateRenderer renderer) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public boolean save(Template template) {
        KnownTenants.require(tenants, template.tenantId());
        // A template that cannot be filled is refused now, not at the send that uses it.
        ContentTemplate.compile(template.content(), renderer);
        return templates.save(template);
    }
}
