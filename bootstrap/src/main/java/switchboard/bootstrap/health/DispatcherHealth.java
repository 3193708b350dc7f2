package switchboard.bootstrap.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import switchboard.application.dispatch.DispatchWorker;

/**
 * Readiness: this process's dispatch worker claims deliveries, unless
 * {@code switchboard.dispatch.enabled=false} made it a process that only accepts them.
 */
@Singleton
public class DispatcherHealth implements HealthIndicator {

    private static final String NAME = "dispatcher";

    private final DispatchWorker worker;
    private final boolean enabled;

    public DispatcherHealth(DispatchWorker worker, @Value("${switchboard.dispatch.enabled:true}") boolean enabled) {
        this.worker = worker;
        this.enabled = enabled;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthStatus status = !enabled || worker.isRunning() ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder(NAME, status).build());
    }
}
