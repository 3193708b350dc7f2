package switchboard.application.guard.port;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Token buckets, one per rate limit's key, shared by every gateway process where the adapter
 * says so. A bucket's state follows its allowance: changing the allowance starts a new bucket.
 */
public interface RateLimiter {

    /**
     * Takes one request from every limit's bucket, or from none.
     *
     * @return empty when every bucket had room; otherwise how long until the one that had none will
     */
    Optional<Duration> tryTake(List<RateLimit> limits);

    /** Forgets buckets that have refilled completely, which are as good as new; returns how many. */
    int forgetIdle();
}
