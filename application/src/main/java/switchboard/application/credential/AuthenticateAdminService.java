package switchboard.application.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.FailureLimit;
import switchboard.application.credential.port.LoginFailures;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialType;

/**
 * Logs admins in, resisting guessing: a username or an address with too many failures is locked
 * for a while (the right password included), and password checks, each a deliberately slow hash,
 * run a few at a time. A success forgets the username's failures; the address's stay counted.
 */
public final class AuthenticateAdminService implements AuthenticateAdminUseCase {

    /** Retry-After of a login refused because the checks were all busy: they take a fraction of a second each. */
    static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private final PasswordCheck passwords;
    private final LoginFailures failures;
    private final LoginPolicy policy;
    private final Clock clock;
    private final Semaphore checks;

    public AuthenticateAdminService(CredentialStore credentials, TenantStore tenants, PasswordHasher passwords,
                                    LoginFailures failures, LoginPolicy policy, Clock clock) {
        this.passwords = new PasswordCheck(new ActiveCredentials(credentials, tenants),
                Objects.requireNonNull(passwords, "passwords"));
        this.failures = Objects.requireNonNull(failures, "failures");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.checks = new Semaphore(policy.concurrentChecks(), true);
    }

    @Override
    public LoginOutcome authenticate(LoginAttempt attempt) {
        Map<String, FailureLimit> limits = limits(attempt);
        Instant now = clock.instant();
        Optional<Instant> locked = failures.lockedUntil(limits.keySet(), now);
        if (locked.isPresent()) {
            return new LoginOutcome.Throttled(Duration.between(now, locked.get()));
        }
        if (!awaitTurnToCheck()) {
            return new LoginOutcome.Throttled(BUSY_RETRY);
        }
        Optional<Credential> admin;
        try {
            admin = passwords.check(CredentialType.ADMIN, attempt.username(), attempt.password());
        } finally {
            checks.release();
        }
        if (admin.isEmpty()) {
            Instant failedAt = clock.instant();
            limits.forEach((key, limit) -> failures.recordFailure(key, limit, failedAt));
            return new LoginOutcome.Refused();
        }
        failures.clear(LoginLock.username(attempt.username()).key());
        Credential credential = admin.get();
        return new LoginOutcome.LoggedIn(new AdminPrincipal(credential.id(), credential.tenantId(), credential.lookupKey(),
                credential.platformAdmin(), AdminSession.stampOf(credential)));
    }

    private boolean awaitTurnToCheck() {
        try {
            return checks.tryAcquire(policy.checkWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The keys the attempt counts against, with their limits. */
    private Map<String, FailureLimit> limits(LoginAttempt attempt) {
        Map<String, FailureLimit> limits = new LinkedHashMap<>();
        policy.perUsername().ifPresent(limit -> limits.put(LoginLock.username(attempt.username()).key(), limit));
        policy.perAddress().ifPresent(limit -> limits.put(LoginLock.address(attempt.clientAddress()).key(), limit));
        return limits;
    }
}
