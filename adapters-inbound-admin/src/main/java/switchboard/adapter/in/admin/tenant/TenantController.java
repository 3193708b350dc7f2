package switchboard.adapter.in.admin.tenant;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.contact.SetContactFieldsUseCase;
import switchboard.application.tenant.CreateTenantCommand;
import switchboard.application.tenant.CreateTenantUseCase;
import switchboard.application.tenant.DeleteTenantUseCase;
import switchboard.application.tenant.GetTenantUseCase;
import switchboard.application.tenant.ResumeTenantUseCase;
import switchboard.application.tenant.SetTenantRetentionUseCase;
import switchboard.application.tenant.SuspendTenantUseCase;
import switchboard.domain.contact.ContactFields;

@Controller("/api/v1/tenants")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TenantController extends AdminApiController {

    private final CreateTenantUseCase createTenant;
    private final GetTenantUseCase getTenant;
    private final SetContactFieldsUseCase setContactFields;
    private final SetTenantRetentionUseCase setRetention;
    private final SuspendTenantUseCase suspend;
    private final ResumeTenantUseCase resume;
    private final DeleteTenantUseCase deleteTenant;
    private final TenantMapper mapper;

    public TenantController(CreateTenantUseCase createTenant, GetTenantUseCase getTenant,
                            SetContactFieldsUseCase setContactFields, SetTenantRetentionUseCase setRetention,
                            SuspendTenantUseCase suspend, ResumeTenantUseCase resume, DeleteTenantUseCase deleteTenant,
                            TenantMapper mapper) {
        this.createTenant = createTenant;
        this.getTenant = getTenant;
        this.setContactFields = setContactFields;
        this.setRetention = setRetention;
        this.suspend = suspend;
        this.resume = resume;
        this.deleteTenant = deleteTenant;
        this.mapper = mapper;
    }

    @Post
    @Secured(Roles.PLATFORM_ADMIN)
    public HttpResponse<CreatedTenant> create(@Valid @Body NewTenant request) {
        return HttpResponse.created(mapper.created(createTenant.create(new CreateTenantCommand(request.name()))));
    }

    @Get("/{tenantId}")
    public TenantView get(String tenantId, Authentication caller) {
        return mapper.view(getTenant.get(TenantAccess.check(caller, tenantId)));
    }

    @Put("/{tenantId}/contact-fields")
    public TenantView setContactFields(String tenantId, @Valid @Body ContactFieldsView fields, Authentication caller) {
        ContactFields contactFields = new ContactFields(fields.email(), fields.phone(), fields.pushTokens());
        return mapper.view(setContactFields.setContactFields(TenantAccess.check(caller, tenantId), contactFields));
    }

    /** The platform admin's: what a tenant keeps is the gateway's storage, which the platform answers for. */
    @Put("/{tenantId}/retention")
    public TenantView setRetention(String tenantId, @Valid @Body RetentionSetting setting, Authentication caller) {
        return mapper.view(setRetention.setRetention(TenantAccess.checkPlatformAdmin(caller, tenantId), setting.retention()));
    }

    /** The platform admin's, as deleting is: every credential of the tenant is refused until it is resumed. */
    @Put("/{tenantId}/suspension")
    public TenantView suspend(String tenantId, Authentication caller) {
        return mapper.view(suspend.suspend(TenantAccess.checkPlatformAdmin(caller, tenantId)));
    }

    @Delete("/{tenantId}/suspension")
    public TenantView resume(String tenantId, Authentication caller) {
        return mapper.view(resume.resume(TenantAccess.checkPlatformAdmin(caller, tenantId)));
    }

    @Delete("/{tenantId}")
    public HttpResponse<Void> delete(String tenantId, Authentication caller) {
        deleteTenant.delete(TenantAccess.checkPlatformAdmin(caller, tenantId));
        return HttpResponse.noContent();
    }
}
