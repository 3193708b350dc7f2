package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.TenantStore;
import switchboard.application.template.DeleteTemplateService;
import switchboard.application.template.DeleteTemplateUseCase;
import switchboard.application.template.GetTemplateService;
import switchboard.application.template.GetTemplateUseCase;
import switchboard.application.template.ListTemplatesService;
import switchboard.application.template.ListTemplatesUseCase;
import switchboard.application.template.PreviewTemplateService;
import switchboard.application.template.PreviewTemplateUseCase;
import switchboard.application.template.SaveTemplateService;
import switchboard.application.template.SaveTemplateUseCase;
import switchboard.application.template.port.TemplateRenderer;
import switchboard.application.template.port.TemplateStore;

/** Stored templates. */
@Factory
class TemplateFactory {

    @Singleton
    SaveTemplateUseCase saveTemplate(TenantStore tenants, TemplateStore templates, TemplateRenderer renderer) {
        return new SaveTemplateService(tenants, templates, renderer);
    }

    @Singleton
    GetTemplateUseCase getTemplate(TenantStore tenants, TemplateStore templates) {
        return new GetTemplateService(tenants, templates);
    }

    @Singleton
    ListTemplatesUseCase listTemplates(TenantStore tenants, TemplateStore templates) {
        return new ListTemplatesService(tenants, templates);
    }

    @Singleton
    PreviewTemplateUseCase previewTemplate(TenantStore tenants, TemplateStore templates, ContactDirectory contacts,
                                           TemplateRenderer renderer) {
        return new PreviewTemplateService(tenants, templates, contacts, renderer);
    }

    @Singleton
    DeleteTemplateUseCase deleteTemplate(TemplateStore templates) {
        return new DeleteTemplateService(templates);
    }
}
