package switchboard.adapter.in.admin.template;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.template.DeleteTemplateUseCase;
import switchboard.application.template.GetTemplateUseCase;
import switchboard.application.template.ListTemplatesUseCase;
import switchboard.application.template.SaveTemplateUseCase;
import switchboard.domain.template.Template;
import switchboard.domain.template.TemplateId;

/** The tenant's message templates, under ids of the tenant's choosing (Dripcel's {@code template_id}). */
@Controller("/api/v1/tenants/{tenantId}/templates")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TemplateController extends AdminApiController {

    private final SaveTemplateUseCase saveTemplate;
    private final GetTemplateUseCase getTemplate;
    private final ListTemplatesUseCase listTemplates;
    private final DeleteTemplateUseCase deleteTemplate;

    public TemplateController(SaveTemplateUseCase saveTemplate, GetTemplateUseCase getTemplate,
                              ListTemplatesUseCase listTemplates, DeleteTemplateUseCase deleteTemplate) {
        this.saveTemplate = saveTemplate;
        this.getTemplate = getTemplate;
        this.listTemplates = listTemplates;
        this.deleteTemplate = deleteTemplate;
    }

    /** Creates the template (201) or replaces the one with that id (200). */
    @Put("/{templateId}")
    public HttpResponse<TemplateView> save(String tenantId, String templateId, @Valid @Body TemplateBody body,
                                           Authentication caller) {
        Template template = body.template(TenantAccess.check(caller, tenantId), new TemplateId(templateId));
        TemplateView view = TemplateView.of(template);
        return saveTemplate.save(template) ? HttpResponse.created(view) : HttpResponse.ok(view);
    }

    @Get
    public TemplateList list(String tenantId, Authentication caller) {
        return new TemplateList(listTemplates.list(TenantAccess.check(caller, tenantId)).stream().map(TemplateView::of).toList());
    }

    @Get("/{templateId}")
    public TemplateView get(String tenantId, String templateId, Authentication caller) {
        return TemplateView.of(getTemplate.get(TenantAccess.check(caller, tenantId), PathIds.template(templateId)));
    }

    @Delete("/{templateId}")
    public HttpResponse<Void> delete(String tenantId, String templateId, Authentication caller) {
        deleteTemplate.delete(TenantAccess.check(caller, tenantId), PathIds.template(templateId));
        return HttpResponse.noContent();
    }
}
