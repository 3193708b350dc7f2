package switchboard.application.service;

import java.util.Objects;

import switchboard.application.port.in.SaveTemplateUseCase;
import switchboard.application.port.out.TemplateRenderer;
import switchboard.application.port.out.TemplateStore;
import switchboard.application.port.out.TenantStore;
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
