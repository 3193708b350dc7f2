package switchboard.bootstrap.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import switchboard.adapter.out.persistence.SchemaStatus;

/**
 * Readiness: the database answers, and holds the schema this build needs. The check runs on a
 * thread of its own and is given {@code switchboard.health.database-timeout} (1 s): a database
 * that does not answer makes the probe answer DOWN at once rather than wait for the connection
 * pool. Probes arriving while a check is under way share it, so a hung database ties up one thread.
 */
@Singleton
public class DatabaseHealth implements HealthIndicator {

    private static final String NAME = "database";

    private final SchemaStatus schema;
    private final Duration timeout;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "health-database");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<HealthResult> underWay = CompletableFuture.completedFuture(null);

    public DatabaseHealth(SchemaStatus schema, @Value("${switchboard.health.database-timeout:1s}") Duration timeout) {
        this.schema = schema;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.fromCompletableFuture(check().copy().completeOnTimeout(
                down("no answer within " + timeout.toMillis() + " ms"), timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    private synchronized CompletableFuture<HealthResult> check() {
        if (underWay.isDone()) {
            underWay = CompletableFuture.supplyAsync(this::probe, checks);
        }
        return underWay;
    }

    private HealthResult probe() {
        try {
            int applied = schema.appliedVersion();
            return applied >= SchemaStatus.LATEST_MIGRATION
                    ? HealthResult.builder(NAME, HealthStatus.UP).details(Map.of("schemaVersion", applied)).build()
                    : down("schema version " + applied + ", this build needs " + SchemaStatus.LATEST_MIGRATION);
        } catch (RuntimeException unreachable) {
            return down(String.valueOf(unreachable.getMessage()));
        }
    }

    private static HealthResult down(String why) {
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(Map.of("error", why)).build();
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
