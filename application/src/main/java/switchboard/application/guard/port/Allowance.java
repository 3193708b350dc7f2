package switchboard.application.guard.port;

import java.time.Duration;
import java.util.Objects;

import static switchboard.domain.Invariants.require;

/** So many requests per period: a full allowance may be spent at once, and it refills evenly over the period. */
public record Allowance(long requests, Duration period) {

    public Allowance {
        require(requests > 0, "an allowance holds at least one request");
        Objects.requireNonNull(period, "period");
        require(period.compareTo(Duration.ofMillis(1)) >= 0, "an allowance's period is at least a millisecond");
    }

    @Override
    public String toString() {
        return requests + "/" + period;
    }
}
