package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import switchboard.application.event.EventRelay;

/**
 * Starts posting the tenants' events once the application is up (after the schema migrations ran).
 * {@code switchboard.events.enabled=false} leaves this process storing events for other processes to post.
 */
@Singleton
@Requires(property = "switchboard.events.enabled", notEquals = "false")
public class EventsLifecycle {

    private final EventRelay relay;

    public EventsLifecycle(EventRelay relay) {
        this.relay = relay;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        relay.start();
    }
}
