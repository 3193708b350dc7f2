package switchboard.application.template;

import java.util.Objects;

import switchboard.application.shared.NotFoundException;
import switchboard.application.template.port.TemplateStore;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

public final class DeleteTemplateService implements DeleteTemplateUseCase {

    private final TemplateStore templates;

    public DeleteTemplateService(TemplateStore templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public void delete(TenantId tenantId, TemplateId id) {
        if (!templates.delete(tenantId, id)) {
            throw new NotFoundException("template", id);
        }
    }
}
