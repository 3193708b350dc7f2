package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import switchboard.application.dispatch.DispatchWorker;

/**
 * Starts draining the outbox once the application is up (and after the schema migrations ran).
 * {@code switchboard.dispatch.enabled=false} leaves this process accepting messages only.
 */
@Singleton
@Requires(property = "switchboard.dispatch.enabled", notEquals = "false")
public class DispatchLifecycle {

    private final DispatchWorker worker;

    public DispatchLifecycle(DispatchWorker worker) {
        this.worker = worker;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        worker.start();
    }
}
