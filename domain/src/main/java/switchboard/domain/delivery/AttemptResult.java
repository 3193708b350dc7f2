package switchboard.domain.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one attempt to hand a delivery to its channel came to. */
public sealed interface AttemptResult {

    /** The provider took it; {@code providerRef} is its id for the message, when it gives one. */
    record Sent(String providerRef) implements AttemptResult {
    }

    /** Kept instead of sent: no provider is configured for the channel, or the message is a test. */
    record Captured() implements AttemptResult {
    }

    /** Refused for good (invalid recipient, opted out...): trying again would not help. */
    record Rejected(String error) implements AttemptResult {
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * Refused for good because the address itself is gone (an app uninstalled, a number that
     * opted out): the delivery fails, and the address is not to be used again.
     */
    record Gone(String error) implements AttemptResult {
        public Gone {
            Objects.requireNonNull(error, "error");
        }
    }

    /** Failed for now (timeout, rate limit, server error): try again later, not before {@code retryAfter}. */
    record Deferred(String error, Optional<Duration> retryAfter) implements AttemptResult {
        public Deferred {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        public Deferred(String error) {
            this(error, Optional.empty());
        }
    }
}
