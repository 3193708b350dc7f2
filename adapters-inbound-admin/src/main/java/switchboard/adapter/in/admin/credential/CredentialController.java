package switchboard.adapter.in.admin.credential;

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

import java.util.List;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.PathIds;
import switchboard.adapter.in.admin.Roles;
import switchboard.adapter.in.admin.TenantAccess;
import switchboard.application.credential.ChangePasswordCommand;
import switchboard.application.credential.ChangePasswordUseCase;
import switchboard.application.credential.CreateCredentialUseCase;
import switchboard.application.credential.ListCredentialsUseCase;
import switchboard.application.credential.RevokeCredentialUseCase;

@Controller("/api/v1/tenants/{tenantId}/credentials")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CredentialController extends AdminApiController {

    private final CreateCredentialUseCase createCredential;
    private final ListCredentialsUseCase listCredentials;
    private final RevokeCredentialUseCase revokeCredential;
    private final ChangePasswordUseCase changePassword;

    public CredentialController(CreateCredentialUseCase createCredential, ListCredentialsUseCase listCredentials,
                                RevokeCredentialUseCase revokeCredential, ChangePasswordUseCase changePassword) {
        this.createCredential = createCredential;
        this.listCredentials = listCredentials;
        this.revokeCredential = revokeCredential;
        this.changePassword = changePassword;
    }

    @Post
    public HttpResponse<IssuedCredentialView> create(String tenantId, @Valid @Body NewCredential request, Authentication caller) {
        return HttpResponse.created(IssuedCredentialView.of(createCredential.create(
                request.command(TenantAccess.check(caller, tenantId)))));
    }

    @Get
    public List<CredentialView> list(String tenantId, Authentication caller) {
        return listCredentials.list(TenantAccess.check(caller, tenantId)).stream().map(CredentialView::of).toList();
    }

    /** A new password for an admin or Capillary Basic credential; the admin's tokens issued before end. */
    @Put("/{credentialId}/password")
    public HttpResponse<Void> changePassword(String tenantId, String credentialId, @Valid @Body NewPassword request,
                                             Authentication caller) {
        changePassword.change(new ChangePasswordCommand(TenantAccess.check(caller, tenantId), PathIds.credential(credentialId),
                request.password()));
        return HttpResponse.noContent();
    }

    @Delete("/{credentialId}")
    public HttpResponse<Void> revoke(String tenantId, String credentialId, Authentication caller) {
        revokeCredential.revoke(TenantAccess.check(caller, tenantId), PathIds.credential(credentialId));
        return HttpResponse.noContent();
    }
}
