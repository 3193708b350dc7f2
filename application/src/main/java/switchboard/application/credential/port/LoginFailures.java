package switchboard.application.credential.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Failed logins counted per key (a username's, an address's), shared by every gateway process that
 * shares the database, so that guessing across processes is counted once.
 */
public interface LoginFailures {

    /** The latest time until which one of these keys is locked, if one is locked at {@code now}. */
    Optional<Instant> lockedUntil(Collection<String> keys, Instant now);

    /**
     * Counts a failure against the key: the count starts afresh once its window is over, and the
     * failure that reaches the limit locks the key until {@code now} plus the lock time and starts a new count.
     */
    void recordFailure(String key, FailureLimit limit, Instant now);

    /** Forgets the key's failures and its lock. */
    void clear(String key);

    /** Deletes the keys whose count began more than {@code window} before {@code now} and that are not locked; returns how many. */
    int deleteOld(Instant now, Duration window);
}
