package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import switchboard.application.credential.AuthenticateAccessTokenService;
import switchboard.application.credential.AuthenticateAccessTokenUseCase;
import switchboard.application.credential.AuthenticateAdminService;
import switchboard.application.credential.AuthenticateAdminUseCase;
import switchboard.application.credential.AuthenticatePasswordService;
import switchboard.application.credential.AuthenticatePasswordUseCase;
import switchboard.application.credential.AuthenticateTokenService;
import switchboard.application.credential.AuthenticateTokenUseCase;
import switchboard.application.credential.ChangePasswordService;
import switchboard.application.credential.ChangePasswordUseCase;
import switchboard.application.credential.ConfirmAdminSessionService;
import switchboard.application.credential.ConfirmAdminSessionUseCase;
import switchboard.application.credential.CreateCredentialService;
import switchboard.application.credential.CreateCredentialUseCase;
import switchboard.application.credential.ForgetOldLoginFailuresService;
import switchboard.application.credential.ForgetOldLoginFailuresUseCase;
import switchboard.application.credential.ImportAccountsService;
import switchboard.application.credential.ImportAccountsUseCase;
import switchboard.application.credential.IssueAccessTokenService;
import switchboard.application.credential.IssueAccessTokenUseCase;
import switchboard.application.credential.ListCredentialsService;
import switchboard.application.credential.ListCredentialsUseCase;
import switchboard.application.credential.LoginPolicy;
import switchboard.application.credential.RevokeCredentialService;
import switchboard.application.credential.RevokeCredentialUseCase;
import switchboard.application.credential.UnlockLoginService;
import switchboard.application.credential.UnlockLoginUseCase;
import switchboard.application.credential.port.AccessTokenSigner;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.FailureLimit;
import switchboard.application.credential.port.LoginFailures;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.TenantStore;
import switchboard.application.shared.Transactions;

/** Credentials: creating, listing and revoking them, and every dialect's way of authenticating with one. */
@Factory
class CredentialFactory {

    @Singleton
    CreateCredentialUseCase createCredential(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                             Clock clock) {
        return new CreateCredentialService(tenants, credentials, passwords, clock);
    }

    @Singleton
    ImportAccountsUseCase importAccounts(TenantStore tenants, CredentialStore credentials, PasswordHasher passwords,
                                         Transactions transactions, Clock clock) {
        return new ImportAccountsService(tenants, credentials, passwords, transactions, clock);
    }

    @Singleton
    ListCredentialsUseCase listCredentials(TenantStore tenants, CredentialStore credentials) {
        return new ListCredentialsService(tenants, credentials);
    }

    @Singleton
    RevokeCredentialUseCase revokeCredential(CredentialStore credentials) {
        return new RevokeCredentialService(credentials);
    }

    /**
     * Login throttling, {@code switchboard.login.*}: the failures a username and an address may have
     * within {@code failure-window} before a {@code lock-time} lock (0: no limit), and the password
     * checks run at once, each waiting at most {@code check-wait} for its turn.
     */
    @Singleton
    LoginPolicy loginPolicy(@Value("${switchboard.login.username-failures:5}") String usernameFailures,
                            @Value("${switchboard.login.address-failures:20}") String addressFailures,
                            @Value("${switchboard.login.failure-window:15m}") String window,
                            @Value("${switchboard.login.lock-time:15m}") String lockTime,
                            @Value("${switchboard.login.concurrent-checks:2}") String concurrentChecks,
                            @Value("${switchboard.login.check-wait:2s}") String checkWait) {
        Duration failureWindow = Settings.positiveDuration("switchboard.login.failure-window", window);
        Duration lock = Settings.positiveDuration("switchboard.login.lock-time", lockTime);
        return new LoginPolicy(
                limit(Settings.nonNegativeInteger("switchboard.login.username-failures", usernameFailures), failureWindow, lock),
                limit(Settings.nonNegativeInteger("switchboard.login.address-failures", addressFailures), failureWindow, lock),
                Settings.positiveInteger("switchboard.login.concurrent-checks", concurrentChecks),
                Settings.nonNegativeDuration("switchboard.login.check-wait", checkWait));
    }

    @Singleton
    ChangePasswordUseCase changePassword(CredentialStore credentials, PasswordHasher passwords) {
        return new ChangePasswordService(credentials, passwords);
    }

    @Singleton
    AuthenticateAdminUseCase authenticateAdmin(CredentialStore credentials, TenantStore tenants, PasswordHasher passwords,
                                               LoginFailures failures, LoginPolicy policy, Clock clock) {
        return new AuthenticateAdminService(credentials, tenants, passwords, failures, policy, clock);
    }

    @Singleton
    ConfirmAdminSessionUseCase confirmAdminSession(CredentialStore credentials, TenantStore tenants) {
        return new ConfirmAdminSessionService(credentials, tenants);
    }

    @Singleton
    UnlockLoginUseCase unlockLogin(LoginFailures failures) {
        return new UnlockLoginService(failures);
    }

    @Singleton
    ForgetOldLoginFailuresUseCase forgetOldLoginFailures(LoginFailures failures, LoginPolicy policy, Clock clock) {
        return new ForgetOldLoginFailuresService(failures, policy, clock);
    }

    @Singleton
    AuthenticateTokenUseCase authenticateToken(CredentialStore credentials, TenantStore tenants) {
        return new AuthenticateTokenService(credentials, tenants);
    }

    /** Basic authentication for Capillary: a success is remembered for {@code switchboard.capillary.auth-cache-ttl}. */
    @Singleton
    AuthenticatePasswordUseCase authenticatePassword(CredentialStore credentials, TenantStore tenants, PasswordHasher passwords,
                                                     Clock clock,
                                                     @Value("${switchboard.capillary.auth-cache-ttl:60s}") Duration remember) {
        return new AuthenticatePasswordService(credentials, tenants, passwords, clock, remember);
    }

    @Singleton
    IssueAccessTokenUseCase issueAccessToken(CredentialStore credentials, TenantStore tenants, AccessTokenSigner signer,
                                             Clock clock, @Value("${switchboard.capillary.token-ttl:300s}") Duration ttl) {
        return new IssueAccessTokenService(credentials, tenants, signer, ttl, clock);
    }

    @Singleton
    AuthenticateAccessTokenUseCase authenticateAccessToken(CredentialStore credentials, TenantStore tenants,
                                                           AccessTokenSigner signer, Clock clock) {
        return new AuthenticateAccessTokenService(credentials, tenants, signer, clock);
    }

    private static Optional<FailureLimit> limit(int maxFailures, Duration window, Duration lockTime) {
        return maxFailures == 0 ? Optional.empty() : Optional.of(new FailureLimit(maxFailures, window, lockTime));
    }
}
