package switchboard.domain.provider;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.recipient.Channel;

import static switchboard.domain.Invariants.require;

/**
 * A tenant's own provider accounts for one channel: the primary it sends with, and optionally a
 * fallback that takes over a delivery once the primary has failed it {@code failoverAfter} times
 * with errors worth retrying.
 */
public record ProviderSettings(Channel channel, ProviderAccount primary, Optional<ProviderAccount> fallback,
                               int failoverAfter) {

    public static final int DEFAULT_FAILOVER_AFTER = 2;
    public static final int MAX_FAILOVER_AFTER = 100;

    public ProviderSettings {
        Objects.requireNonNull(channel, "channel");
        require(channel != Channel.IN_APP, "the in-app channel has no provider: its messages stay in the gateway");
        require(primary != null, "a primary account is required");
        Objects.requireNonNull(fallback, "fallback");
        require(failoverAfter >= 1 && failoverAfter <= MAX_FAILOVER_AFTER, "failoverAfter must be 1 to %d",
                MAX_FAILOVER_AFTER);
    }

    /**
     * The account for a delivery's attempt: the primary, until the attempts before this one have
     * all failed on it {@code failoverAfter} times; then the fallback, if there is one.
     *
     * @param attempt the attempt's number, counting from 1
     */
    public ProviderAccount accountFor(int attempt) {
        return fallbackTakesOver(attempt) ? fallback.get() : primary;
    }

    /** Whether the attempt of that number is the fallback's (see {@link #accountFor}). */
    public boolean fallbackTakesOver(int attempt) {
        return fallback.isPresent() && attempt > failoverAfter;
    }
}
