package switchboard.application.credential;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.credential.port.FailureLimit;

import static switchboard.domain.Invariants.require;

/**
 * How logins resist guessing: the failures a username, and an address, may have before they are
 * locked (empty: no limit), and how many password checks may run at once, each waiting at most
 * {@code checkWait} for its turn, so that guessing cannot take every core from sending.
 */
public record LoginPolicy(Optional<FailureLimit> perUsername, Optional<FailureLimit> perAddress, int concurrentChecks,
                          Duration checkWait) {

    public LoginPolicy {
        Objects.requireNonNull(perUsername, "perUsername");
        Objects.requireNonNull(perAddress, "perAddress");
        require(concurrentChecks > 0, "at least one password check must be allowed at once");
        require(checkWait != null && !checkWait.isNegative(), "the wait for a password check must not be negative");
    }
}
