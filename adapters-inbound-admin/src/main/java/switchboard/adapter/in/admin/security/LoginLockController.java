package switchboard.adapter.in.admin.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import switchboard.adapter.in.admin.AdminApiController;
import switchboard.adapter.in.admin.Roles;
import switchboard.application.credential.LoginLock;
import switchboard.application.credential.UnlockLoginUseCase;

/** The platform admin's unlock of a username, or a client address, locked after too many failed logins. */
@Controller("/api/v1/login-locks")
@Secured(Roles.PLATFORM_ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginLockController extends AdminApiController {

    private final UnlockLoginUseCase unlockLogin;

    public LoginLockController(UnlockLoginUseCase unlockLogin) {
        this.unlockLogin = unlockLogin;
    }

    @Delete("/usernames/{username}")
    public HttpResponse<Void> unlockUsername(String username) {
        unlockLogin.unlock(LoginLock.username(username));
        return HttpResponse.noContent();
    }

    @Delete("/addresses/{address}")
    public HttpResponse<Void> unlockAddress(String address) {
        unlockLogin.unlock(LoginLock.address(address));
        return HttpResponse.noContent();
    }
}
