package switchboard.adapter.in.console.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.Optional;

import switchboard.adapter.in.console.ConsoleEnabled;
import switchboard.adapter.in.console.Operator;
import switchboard.application.credential.AdminSession;
import switchboard.application.credential.ConfirmAdminSessionUseCase;

/**
 * Ends a console session, however well signed, once its credential is revoked, its password
 * changed or its tenant suspended, as the Admin API does with its tokens: the browser is sent to
 * sign in again, with the cookie cleared.
 */
@ServerFilter(ConsoleCookieTokenReader.PATH + "/**")
@Requires(property = ConsoleEnabled.PROPERTY, notEquals = "false")
public class ConsoleSessionFilter implements Ordered {

    private final ConfirmAdminSessionUseCase confirmSession;

    public ConsoleSessionFilter(ConfirmAdminSessionUseCase confirmSession) {
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
        return SessionCookie.cleared(HttpResponse.seeOther(SignInController.SIGN_IN_URI), request);
    }

    private static Optional<AdminSession> session(Authentication caller) {
        Map<String, Object> claims = caller.getAttributes();
        return AdminSession.fromClaims(caller.getName(), claims.get(Operator.CREDENTIAL_CLAIM), claims.get(Operator.STAMP_CLAIM));
    }
}
