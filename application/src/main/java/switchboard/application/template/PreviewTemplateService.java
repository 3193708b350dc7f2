package switchboard.application.template;

import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.application.template.port.TemplateRenderer;
import switchboard.application.template.port.TemplateStore;
import switchboard.domain.contact.ContactId;
import switchboard.domain.message.Content;
import switchboard.domain.template.TemplateId;
import switchboard.domain.tenant.TenantId;

public final class PreviewTemplateService implements PreviewTemplateUseCase {

    private final TenantStore tenants;
    private final TemplateStore templates;
    private final ContactDirectory contacts;
    private final TemplateRenderer renderer;

    public PreviewTemplateService(TenantStore tenants, TemplateStore templates, ContactDirectory contacts,
                                  TemplateRenderer renderer) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public Content preview(TenantId tenantId, TemplateId templateId, ContactId contactId) {
        KnownTenants.require(tenants, tenantId);
        Content template = templates.find(tenantId, templateId).orElseThrow(() -> new NotFoundException("template", templateId))
                .content();
        return ContentTemplate.compile(template, renderer).render(contacts.find(tenantId, contactId)
                .orElseThrow(() -> new NotFoundException("contact", contactId)).data().asMap());
    }
}
