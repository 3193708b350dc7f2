package switchboard.adapter.in.admin.provider;

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
import switchboard.adapter.in.admin.Names;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.provider.DeleteProviderSettingsUseCase;
import switchboard.application.provider.GetProviderSettingsUseCase;
import switchboard.application.provider.ListProviderSettingsUseCase;
import switchboard.application.provider.SaveProviderSettingsUseCase;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.tenant.TenantId;

/**
 * The tenant's own provider accounts, per channel ({@code sms}, {@code whatsapp}, {@code email},
 * {@code push}, {@code zalo}, {@code webhook}). Secrets go in and never come out: answers name them only.
 */
@Controller("/api/v1/tenants/{tenantId}/providers")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ProviderSettingsController extends AdminApiController {

    private final SaveProviderSettingsUseCase saveSettings;
    private final GetProviderSettingsUseCase getSettings;
    private final ListProviderSettingsUseCase listSettings;
    private final DeleteProviderSettingsUseCase deleteSettings;

    public ProviderSettingsController(SaveProviderSettingsUseCase saveSettings, GetProviderSettingsUseCase getSettings,
                                      ListProviderSettingsUseCase listSettings, DeleteProviderSettingsUseCase deleteSettings) {
        this.saveSettings = saveSettings;
        this.getSettings = getSettings;
        this.listSettings = listSettings;
        this.deleteSettings = deleteSettings;
    }

    /** Sets the channel's accounts, replacing earlier ones whole: secrets are sent again each time. */
    @Put("/{channel}")
    public ProviderSettingsView save(String tenantId, String channel, @Valid @Body ProviderSettingsBody body,
                                     Authentication caller) {
        TenantId tenant = TenantAccess.check(caller, tenantId);
        ProviderSettings settings = body.settings(Names.channel(channel));
        return ProviderSettingsView.of(saveSettings.save(tenant, settings));
    }

    @Get
    public ProviderSettingsList list(String tenantId, Authentication caller) {
        return new ProviderSettingsList(listSettings.list(TenantAccess.check(caller, tenantId)).stream()
                .map(ProviderSettingsView::of).toList());
    }

    @Get("/{channel}")
    public ProviderSettingsView get(String tenantId, String channel, Authentication caller) {
        return ProviderSettingsView.of(getSettings.get(TenantAccess.check(caller, tenantId), Names.channel(channel)));
    }

    /** The channel's messages go out through the gateway's own account again. */
    @Delete("/{channel}")
    public HttpResponse<Void> delete(String tenantId, String channel, Authentication caller) {
        deleteSettings.delete(TenantAccess.check(caller, tenantId), Names.channel(channel));
        return HttpResponse.noContent();
    }
}
