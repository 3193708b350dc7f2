package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

import switchboard.application.credential.AuthenticateAccessTokenService;
import switchboard.application.credential.AuthenticateAccessTokenUseCase;
import switchboard.application.credential.AuthenticateAdminService;
import switchboard.application.credential.AuthenticateAdminUseCase;
import switchboard.application.credential.AuthenticatePasswordService;
import switchboard.application.credential.AuthenticatePasswordUseCase;
import switchboard.application.credential.AuthenticateTokenService;
import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.application.credential.CreateCredentialService;
import switchboard.application.credential.CreateCredentialUseCase;
import switchboard.application.credential.IssueAccessTokenService;
import switchboard.application.credential.IssueAccessTokenUseCase;
import switchboard.application.credential.ListCredentialsService;
import switchboard.application.credential.ListCredentialsUseCase;
import switchboard.application.credential.RevokeCredentialService;
import switchboard.application.credential.RevokeCredentialUseCase;
import switchboard.application.credential.port.AccessTokenSigner;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.TenantStore;

/** Credentials: creating, listing and revoking them, and every dialect's way of authenticating with one. */
@Factory
class CredentialFactory {

    @Singleton
    CreateCredentialUseCase createCredential(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                             Clock clock) {
        return new CreateCredentialService(tenants, credentials, passwords, clock);
    }

    @Singleton
    ListCredentialsUseCase listCredentials(TenantStore tenants, CredentialStore credentials) {
        return new ListCredentialsService(tenants, credentials);
    }

    @Singleton
    RevokeCredentialUseCase revokeCredential(CredentialStore credentials) {
        return new RevokeCredentialService(credentials);
    }

    @Singleton
    AuthenticateAdminUseCase authenticateAdmin(CredentialStore credentials, PasswordHasher passwords) {
        return new AuthenticateAdminService(credentials, passwords);
    }

    @Singleton
    AuthenticateTokenUseCase authenticateToken(CredentialStore credentials) {
        return new AuthenticateTokenService(credentials);
    }

    /** Basic authentication for Capillary: a success is remembered for {@code switchboard.capillary.auth-cache-ttl}. */
    @Singleton
    AuthenticatePasswordUseCase authenticatePassword(CredentialStore credentials, PasswordHasher passwords, Clock clock,
                                                     @Value("${switchboard.capillary.auth-cache-ttl:60s}") Duration remember) {
        return new AuthenticatePasswordService(credentials, passwords, clock, remember);
    }

    @Singleton
    IssueAccessTokenUseCase issueAccessToken(CredentialStore credentials, AccessTokenSigner signer, Clock clock,
                                             @Value("${switchboard.capillary.token-ttl:300s}") Duration ttl) {
        return new IssueAccessTokenService(credentials, signer, ttl, clock);
    }

    @Singleton
    AuthenticateAccessTokenUseCase authenticateAccessToken(CredentialStore credentials, AccessTokenSigner signer, Clock clock) {
        return new AuthenticateAccessTokenService(credentials, signer, clock);
    }
}
