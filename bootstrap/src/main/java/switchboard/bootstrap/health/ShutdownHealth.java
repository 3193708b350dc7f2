package switchboard.bootstrap.health;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import switchboard.adapter.in.guard.RequestGate;

/** Readiness: DOWN from the moment the gateway starts shutting down, so that no new traffic is sent to it. */
@Singleton
public class ShutdownHealth implements HealthIndicator {

    private static final String NAME = "shutdown";

    private final RequestGate gate;

    public ShutdownHealth(RequestGate gate) {
        this.gate = gate;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder(NAME, gate.isClosed() ? HealthStatus.DOWN : HealthStatus.UP).build());
    }
}
