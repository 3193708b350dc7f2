package switchboard.application.credential;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import switchboard.application.credential.port.FailureLimit;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.memory.FakePasswordHasher;
import switchboard.application.memory.InMemoryStores;
import switchboard.application.memory.SettableClock;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logins that resist guessing, and admin tokens that end with their credential or its password. */
class AdminLoginTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final String PASSWORD = "a long enough password";
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final LoginPolicy POLICY = new LoginPolicy(Optional.of(new FailureLimit(3, Duration.ofMinutes(5), LOCK)),
            Optional.of(new FailureLimit(5, Duration.ofMinutes(5), LOCK)), 2, Duration.ZERO);

    private final InMemoryStores stores = new InMemoryStores();
    private final FakePasswordHasher passwords = new FakePasswordHasher();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final AuthenticateAdminService login = new AuthenticateAdminService(stores.credentials(), stores.tenants(), passwords,
            stores.loginFailures(), POLICY, clock);
    private final ConfirmAdminSessionService sessions = new ConfirmAdminSessionService(stores.credentials(), stores.tenants());
    private final UnlockLoginService unlock = new UnlockLoginService(stores.loginFailures());

    @BeforeEach
    void admin() {
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, clock.instant()));
        new CreateCredentialService(stores.tenants(), stores.credentials(), passwords, clock).create(new CreateCredentialCommand(
                ACME, CredentialType.ADMIN, "ops", PASSWORD, Set.of(), Map.of()));
    }

    @Test
    void aUsernameWithTooManyFailuresIsLockedEvenForTheRightPasswordUntilTheLockEnds() {
        for (int failure = 0; failure < 3; failure++) {
            assertThat(login.authenticate(attempt("ops", "wrong", "192.0.2." + failure))).isEqualTo(new LoginOutcome.Refused());
        }

        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.9"))).isEqualTo(new LoginOutcome.Throttled(LOCK));
        clock.advance(Duration.ofMinutes(10));
        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.9"))).isEqualTo(new LoginOutcome.Throttled(
                Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(5));
        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.9"))).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void anAddressGuessingManyUsernamesIsLocked() {
        for (int failure = 0; failure < 5; failure++) {
            login.authenticate(attempt("user" + failure, "wrong", "192.0.2.1"));
        }

        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.1"))).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.2"))).as("another address")
                .isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void aSuccessForgetsTheUsernamesFailuresAndAnOperatorUnlocks() {
        login.authenticate(attempt("ops", "wrong", "192.0.2.1"));
        login.authenticate(attempt("ops", "wrong", "192.0.2.1"));
        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.1"))).isInstanceOf(LoginOutcome.LoggedIn.class);
        login.authenticate(attempt("ops", "wrong", "192.0.2.1"));
        login.authenticate(attempt("ops", "wrong", "192.0.2.1"));
        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.1"))).as("two failures since the success")
                .isInstanceOf(LoginOutcome.LoggedIn.class);

        for (int failure = 0; failure < 3; failure++) {
            login.authenticate(attempt("ops", "wrong", "198.51.100.7"));
        }
        assertThat(login.authenticate(attempt("ops", PASSWORD, "198.51.100.8"))).isInstanceOf(LoginOutcome.Throttled.class);
        unlock.unlock(LoginLock.username("ops"));
        assertThat(login.authenticate(attempt("ops", PASSWORD, "198.51.100.8"))).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void passwordChecksBeyondTheBoundWaitAtMostTheCheckWaitThenAreThrottled() throws Exception {
        CountDownLatch checking = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        PasswordHasher slow = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return passwords.hash(password);
            }

            @Override
            public boolean matches(String password, String hash) {
                checking.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return passwords.matches(password, hash);
            }
        };
        AuthenticateAdminService bounded = new AuthenticateAdminService(stores.credentials(), stores.tenants(), slow,
                stores.loginFailures(), new LoginPolicy(Optional.empty(), Optional.empty(), 2, Duration.ofMillis(50)), clock);
        Thread first = new Thread(() -> bounded.authenticate(attempt("ops", PASSWORD, "192.0.2.1")));
        Thread second = new Thread(() -> bounded.authenticate(attempt("ops", PASSWORD, "192.0.2.2")));
        first.start();
        second.start();
        checking.await();

        assertThat(bounded.authenticate(attempt("ops", PASSWORD, "192.0.2.3")))
                .isEqualTo(new LoginOutcome.Throttled(AuthenticateAdminService.BUSY_RETRY));

        release.countDown();
        first.join();
        second.join();
        assertThat(bounded.authenticate(attempt("ops", PASSWORD, "192.0.2.3"))).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void aTokensSessionEndsWhenItsCredentialIsRevokedOrItsPasswordChanges() {
        AdminPrincipal admin = ((LoginOutcome.LoggedIn) login.authenticate(attempt("ops", PASSWORD, "192.0.2.1"))).admin();
        AdminSession session = new AdminSession(admin.username(), admin.credentialId(), admin.sessionStamp());
        assertThat(sessions.isCurrent(session)).isTrue();
        assertThat(sessions.isCurrent(new AdminSession("ops", admin.credentialId(), "0000000000000000")))
                .as("the stamp of another password").isFalse();

        new RevokeCredentialService(stores.credentials()).revoke(ACME, admin.credentialId());
        assertThat(sessions.isCurrent(session)).isFalse();

        new CreateCredentialService(stores.tenants(), stores.credentials(), passwords, clock).create(new CreateCredentialCommand(
                ACME, CredentialType.ADMIN, "ops", PASSWORD, Set.of(), Map.of()));
        assertThat(sessions.isCurrent(session)).as("a new credential of the same username and password").isFalse();
    }

    @Test
    void aNewPasswordEndsTheSessionsOfTheOldOneAndIsTheOneThatLogsIn() {
        AdminPrincipal admin = ((LoginOutcome.LoggedIn) login.authenticate(attempt("ops", PASSWORD, "192.0.2.1"))).admin();
        ChangePasswordService changePassword = new ChangePasswordService(stores.credentials(), passwords);

        changePassword.change(new ChangePasswordCommand(ACME, admin.credentialId(), "a brand new password"));

        assertThat(sessions.isCurrent(new AdminSession("ops", admin.credentialId(), admin.sessionStamp()))).isFalse();
        assertThat(login.authenticate(attempt("ops", PASSWORD, "192.0.2.1"))).isEqualTo(new LoginOutcome.Refused());
        assertThat(login.authenticate(attempt("ops", "a brand new password", "192.0.2.1")))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
        assertThatThrownBy(() -> changePassword.change(new ChangePasswordCommand(new TenantId("globex"), admin.credentialId(),
                "a brand new password"))).as("another tenant's credential").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> changePassword.change(new ChangePasswordCommand(ACME, admin.credentialId(), "short")))
                .as("an admin's password is 12 characters or more").isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("12 to 200");
        IssuedCredential token = new CreateCredentialService(stores.tenants(), stores.credentials(), passwords, clock).create(
                new CreateCredentialCommand(ACME, CredentialType.FLIPLET_TOKEN, null, null, Set.of(), Map.of()));
        assertThatThrownBy(() -> changePassword.change(new ChangePasswordCommand(ACME, token.credential().id(),
                "a brand new password"))).isInstanceOf(InvalidValueException.class).hasMessageContaining("no password");
    }

    private static LoginAttempt attempt(String username, String password, String address) {
        return new LoginAttempt(username, password, address);
    }
}
