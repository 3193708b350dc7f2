package switchboard.adapter.in.admin.security;

import io.micronaut.core.annotation.Blocking;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

import switchboard.adapter.in.admin.Roles;
import switchboard.application.credential.AdminPrincipal;
import switchboard.application.credential.AuthenticateAdminUseCase;

/**
 * Checks {@code POST /login}'s username and password; the token it leads to carries the
 * admin's roles and tenant.
 */
@Singleton
public class AdminAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final AuthenticateAdminUseCase authenticate;

    public AdminAuthenticationProvider(AuthenticateAdminUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    @Blocking
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return authenticate.authenticate(credentials.getIdentity(), credentials.getSecret())
                .map(AdminAuthenticationProvider::success)
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    private static AuthenticationResponse success(AdminPrincipal admin) {
        List<String> roles = admin.platformAdmin() ? List.of(Roles.ADMIN, Roles.PLATFORM_ADMIN) : List.of(Roles.ADMIN);
        return AuthenticationResponse.success(admin.username(), roles, Map.of(Roles.TENANT_CLAIM, admin.tenantId().value()));
    }
}
