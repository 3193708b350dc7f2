package switchboard.application.guard;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the gateway's guards turned a request away before its API handled it. Each API answers it
 * in its own shape; the message is written for the caller.
 */
public sealed interface GuardRefusal {

    String message();

    /** The HTTP status every API answers it with. */
    int status();

    /** How long the caller should wait before trying again, for the {@code Retry-After} header. */
    default Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** The caller's credential or tenant used up its allowance of requests (429). */
    record TooManyRequests(Duration delay) implements GuardRefusal {
        public TooManyRequests {
            Objects.requireNonNull(delay, "delay");
        }

        @Override
        public String message() {
            return "Too many requests: the rate limit allows the next one in " + wholeSeconds(delay) + " seconds.";
        }

        @Override
        public int status() {
            return 429;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(delay);
        }
    }

    /** The first request with this Idempotency-Key is still being handled (409). */
    record StillInFlight(Duration delay) implements GuardRefusal {
        public StillInFlight {
            Objects.requireNonNull(delay, "delay");
        }

        @Override
        public String message() {
            return "A request with this Idempotency-Key is still in progress; retry later to get its answer.";
        }

        @Override
        public int status() {
            return 409;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(delay);
        }
    }

    /** The Idempotency-Key was used for another request (another body, path or query) (422). */
    record KeyReused() implements GuardRefusal {
        @Override
        public String message() {
            return "This Idempotency-Key was already used for a different request; use a new key for a new request.";
        }

        @Override
        public int status() {
            return 422;
        }
    }

    /** The Idempotency-Key header cannot be a key (400); the message says why. */
    record InvalidKey(String message) implements GuardRefusal {
        public InvalidKey {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public int status() {
            return 400;
        }
    }

    /** The gateway is shutting down and takes no new request; another process, or this one restarted, will (503). */
    record ShuttingDown() implements GuardRefusal {

        /** Long enough for a load balancer to have taken the process out of its rotation. */
        private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

        @Override
        public String message() {
            return "The gateway is shutting down; try again in a few seconds.";
        }

        @Override
        public int status() {
            return 503;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(RETRY_AFTER);
        }
    }

    /** Whole seconds for a {@code Retry-After} header: the wait rounded up, at least one. */
    static long wholeSeconds(Duration delay) {
        return Math.max(1, delay.toSeconds() + (delay.toNanosPart() > 0 ? 1 : 0));
    }
}
