package switchboard.application.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.PasswordHasher;
import switchboard.application.shared.TenantStore;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.credential.SecretTokens;

import static switchboard.domain.Invariants.require;

/**
 * Checks passwords against their bcrypt hashes, and remembers a successful check for a short
 * while: clients that authenticate every request with Basic auth (Capillary's) would otherwise
 * pay a deliberately slow hash per request. A remembered check still looks the credential up
 * and its tenant (through the lookup caches), so a revoked credential or a suspended tenant is
 * refused at once.
 */
public final class AuthenticatePasswordService implements AuthenticatePasswordUseCase {

    /** Checks remembered at most; past it the expired ones go, and if that is not enough, all. */
    static final int MAX_REMEMBERED = 10_000;

    private final ActiveCredentials credentials;
    private final PasswordCheck passwords;
    private final Clock clock;
    private final Duration remember;
    /** By type, username and the SHA-256 digest of the password presented: never the password itself. */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** @param remember how long a successful check is remembered; zero to check every time */
    public AuthenticatePasswordService(CredentialStore credentials, TenantStore tenants, PasswordHasher passwords, Clock clock,
                                       Duration remember) {
        this.credentials = new ActiveCredentials(credentials, tenants);
        this.passwords = new PasswordCheck(this.credentials, Objects.requireNonNull(passwords, "passwords"));
        this.clock = Objects.requireNonNull(clock, "clock");
        require(remember != null && !remember.isNegative(), "the time to remember a password check must not be negative");
        this.remember = remember;
    }

    @Override
    public Optional<Credential> authenticate(CredentialType type, String username, String password) {
        // An OAuth client's secret is a random token kept as a SHA-256 digest, not a password with a slow hash.
        if (type == CredentialType.CAPILLARY_OAUTH || !type.hasPassword() || username == null || password == null) {
            return Optional.empty();
        }
        String key = type + "\n" + username + "\n" + SecretTokens.digest(password);
        Instant now = clock.instant();
        Verified earlier = verified.get(key);
        if (earlier != null && now.isBefore(earlier.until())) {
            Optional<Credential> current = credentials.find(type, username);
            if (current.isEmpty() || earlier.isFor(current.get())) {
                return current;
            }
            verified.remove(key, earlier);
        }
        Optional<Credential> found = passwords.check(type, username, password);
        found.ifPresent(credential -> remember(key, credential, now));
        return found;
    }

    private void remember(String key, Credential credential, Instant now) {
        if (remember.isZero()) {
            return;
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(key, new Verified(credential.id(), credential.secretHash(), now.plus(remember)));
    }

    /** A check that succeeded, good until {@code until} for as long as the credential is the same one. */
    private record Verified(CredentialId credentialId, String secretHash, Instant until) {
        boolean isFor(Credential credential) {
            return credential.id().equals(credentialId) && credential.secretHash().equals(secretHash);
        }
    }
}
