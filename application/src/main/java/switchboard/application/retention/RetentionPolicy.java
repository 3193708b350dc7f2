package switchboard.application.retention;

import java.time.Duration;
import java.util.Objects;

import static switchboard.domain.Invariants.require;

/**
 * How long finished messages are kept, and how much one purge transaction deletes.
 *
 * @param retention the gateway's default, for tenants without one of their own
 * @param batchSize the most messages, and the most deliveries, one transaction of the purge deletes
 */
public record RetentionPolicy(Duration retention, int batchSize) {

    public RetentionPolicy {
        Objects.requireNonNull(retention, "retention");
        require(!retention.isNegative() && !retention.isZero(), "the retention must be longer than nothing");
        require(batchSize > 0, "a purge batch deletes at least one row");
    }
}
