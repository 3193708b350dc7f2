package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import switchboard.application.credential.port.FailureLimit;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test counts against keys of its own: the database is shared by the tests of a class. */
public abstract class LoginFailuresContract extends StoreContract {

    private static final FailureLimit THREE_IN_A_MINUTE = new FailureLimit(3, Duration.ofMinutes(1), Duration.ofMinutes(15));

    @Test
    void theFailureThatReachesTheLimitLocksTheKeyForTheLockTime() {
        String key = key();
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, NOW);
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(1));
        assertThat(stores.loginFailures().lockedUntil(List.of(key), later(2))).as("two failures").isEmpty();

        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(2));

        assertThat(stores.loginFailures().lockedUntil(List.of(key(), key), later(3))).contains(later(2 + 15 * 60));
        assertThat(stores.loginFailures().lockedUntil(List.of(key), later(2 + 15 * 60))).as("the lock is over").isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String key = key();
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, NOW);
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(30));
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(61));

        assertThat(stores.loginFailures().lockedUntil(List.of(key), later(62))).isEmpty();
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(62));
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(63));
        assertThat(stores.loginFailures().lockedUntil(List.of(key), later(64))).isPresent();
    }

    @Test
    void clearingAKeyEndsItsLockAndItsCount() {
        String key = key();
        for (int failure = 0; failure < 3; failure++) {
            stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(failure));
        }

        stores.loginFailures().clear(key);

        assertThat(stores.loginFailures().lockedUntil(List.of(key), later(3))).isEmpty();
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(4));
        stores.loginFailures().recordFailure(key, THREE_IN_A_MINUTE, later(5));
        assertThat(stores.loginFailures().lockedUntil(List.of(key), later(6))).as("counting starts afresh").isEmpty();
    }

    @Test
    void deletesOnlyCountsWhoseWindowAndLockAreOver() {
        String old = key();
        String locked = key();
        String recent = key();
        stores.loginFailures().recordFailure(old, THREE_IN_A_MINUTE, NOW);
        for (int failure = 0; failure < 3; failure++) {
            stores.loginFailures().recordFailure(locked, THREE_IN_A_MINUTE, NOW);
        }
        stores.loginFailures().recordFailure(recent, THREE_IN_A_MINUTE, later(100));

        assertThat(stores.loginFailures().deleteOld(later(120), Duration.ofMinutes(1))).isPositive();

        assertThat(stores.loginFailures().lockedUntil(List.of(locked), later(120))).isPresent();
        stores.loginFailures().recordFailure(recent, THREE_IN_A_MINUTE, later(101));
        stores.loginFailures().recordFailure(recent, THREE_IN_A_MINUTE, later(102));
        assertThat(stores.loginFailures().lockedUntil(List.of(recent), later(103))).as("the recent count was kept").isPresent();
    }

    private static String key() {
        return "username:" + UUID.randomUUID();
    }
}
