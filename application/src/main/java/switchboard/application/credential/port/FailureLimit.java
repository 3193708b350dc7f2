package switchboard.application.credential.port;

import java.time.Duration;

import static switchboard.domain.Invariants.require;

/** At most {@code maxFailures} failed logins within {@code window}; the one that reaches it locks for {@code lockTime}. */
public record FailureLimit(int maxFailures, Duration window, Duration lockTime) {

    public FailureLimit {
        require(maxFailures > 0, "a failure limit allows at least one failure");
        require(window != null && !window.isNegative() && !window.isZero(), "a failure limit's window must be positive");
        require(lockTime != null && !lockTime.isNegative() && !lockTime.isZero(), "a failure limit's lock time must be positive");
    }
}
