package switchboard.adapter.in.admin.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.Optional;

import switchboard.adapter.in.admin.ProblemDetails;
import switchboard.adapter.in.admin.Roles;
import switchboard.application.credential.AdminSession;
import switchboard.application.credential.ConfirmAdminSessionUseCase;

/**
 * Refuses an admin token, however well signed and unexpired, once its credential is revoked, its
 * password changed or its tenant deleted (a token without the claims that say which credential it
 * stands for, as tokens issued before them, is refused too). Runs right after Micronaut's security
 * filter has read the token, before any route or guard.
 */
@ServerFilter("/api/**")
public class AdminSessionFilter implements Ordered {

    private final ConfirmAdminSessionUseCase confirmSession;

    public AdminSessionFilter(ConfirmAdminSessionUseCase confirmSession) {
        this.confirmSession = confirmSession;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() - 1;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> confirm(HttpRequest<?> request) {
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        if (caller.isEmpty() || session(caller.get()).filter(confirmSession::isCurrent).isPresent()) {
            return null;
        }
        return ProblemDetails.response(request, HttpStatus.UNAUTHORIZED,
                        "This token's admin credential was revoked or its password changed, or its tenant was suspended "
                                + "or deleted; log in again.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    private static Optional<AdminSession> session(Authentication caller) {
        Map<String, Object> claims = caller.getAttributes();
        return AdminSession.fromClaims(caller.getName(), claims.get(Roles.CREDENTIAL_CLAIM), claims.get(Roles.STAMP_CLAIM));
    }
}
