package switchboard.adapter.out.persistence;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import switchboard.application.guard.port.Allowance;
import switchboard.application.guard.port.RateLimit;
import switchboard.application.guard.port.RateLimiter;

/**
 * Rate limits as Bucket4j token buckets: capacity = the allowance, refilled greedily (evenly)
 * over its period. On PostgreSQL the buckets are rows of {@code rate_limit_bucket}, read and
 * written under {@code SELECT ... FOR UPDATE} by every gateway process, so the limits hold across
 * them (their clocks must agree, as NTP keeps them). On H2, which serves one process, they live
 * in this process's memory.
 */
@Singleton
public class Bucket4jRateLimiter implements RateLimiter {

    private static final int PURGE_BATCH = 1000;

    private final Buckets buckets;

    public Bucket4jRateLimiter(Database database, DataSource dataSource) {
        this.buckets = database.dialect() == SqlDialect.POSTGRESQL
                ? new SharedBuckets(DelegatingDataSource.unwrapDataSource(dataSource)) : new LocalBuckets();
    }

    @Override
    public Optional<Duration> tryTake(List<RateLimit> limits) {
        try {
            return take(limits);
        } catch (RuntimeException e) {
            throw Database.unavailableOrAsIs(e);
        }
    }

    private Optional<Duration> take(List<RateLimit> limits) {
        List<Bucket> taken = new ArrayList<>(limits.size());
        for (RateLimit limit : limits) {
            Bucket bucket = buckets.of(limit);
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(earlier -> earlier.addTokens(1));
                return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            taken.add(bucket);
        }
        return Optional.empty();
    }

    @Override
    public int forgetIdle() {
        return buckets.forgetIdle();
    }

    private static BucketConfiguration configuration(Allowance allowance) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(allowance.requests()).refillGreedy(allowance.requests(), allowance.period()))
                .build();
    }

    /** The bucket's name: the limit's key and its allowance, so that a changed allowance starts afresh. */
    private static String id(RateLimit limit) {
        return limit.key() + "@" + limit.allowance().requests() + "/" + limit.allowance().period().toMillis() + "ms";
    }

    private interface Buckets {

        Bucket of(RateLimit limit);

        int forgetIdle();
    }

    private static final class LocalBuckets implements Buckets {

        private final Map<String, Held> buckets = new ConcurrentHashMap<>();

        @Override
        public Bucket of(RateLimit limit) {
            return buckets.computeIfAbsent(id(limit), id -> new Held(Bucket.builder()
                    .addLimit(configuration(limit.allowance()).getBandwidths()[0]).build(), limit.allowance().requests()))
                    .bucket();
        }

        @Override
        public int forgetIdle() {
            int before = buckets.size();
            buckets.values().removeIf(held -> held.bucket().getAvailableTokens() >= held.capacity());
            return before - buckets.size();
        }

        private record Held(Bucket bucket, long capacity) {
        }
    }

    private static final class SharedBuckets implements Buckets {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;

        SharedBuckets(DataSource dataSource) {
            this.proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_bucket")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                    .build();
        }

        @Override
        public Bucket of(RateLimit limit) {
            return proxies.builder().build(id(limit), () -> configuration(limit.allowance()));
        }

        @Override
        public int forgetIdle() {
            int forgotten = 0;
            int batch;
            do {
                batch = proxies.removeExpired(PURGE_BATCH);
                forgotten += batch;
            } while (batch == PURGE_BATCH);
            return forgotten;
        }
    }
}
