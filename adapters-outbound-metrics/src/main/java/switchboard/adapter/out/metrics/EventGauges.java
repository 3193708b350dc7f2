package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import switchboard.application.event.port.EventBacklog;

/**
 * The events waiting in the tenants' endpoint queues by the state of their endpoint
 * ({@code switchboard_events_waiting}: {@code active}, {@code failing}, {@code paused}), read from
 * the database at most once per {@code refresh}; the same in every process sharing it.
 */
public final class EventGauges {

    private static final Map<String, ToLongFunction<EventBacklog>> STATES = Map.of("active", EventBacklog::active,
            "failing", EventBacklog::failing, "paused", EventBacklog::paused);

    /** @param backlog reads the waiting events, such as {@code EventOutbox::backlog} */
    public EventGauges(MeterRegistry registry, Supplier<EventBacklog> backlog, Clock clock, Duration refresh) {
        PeriodicReading<EventBacklog> reading = new PeriodicReading<>("counting the waiting events", backlog, clock, refresh);
        STATES.forEach((state, count) -> reading.gauge(MeterNames.EVENTS_WAITING,
                        "Events waiting to be posted to the tenants' endpoints, by the state of their endpoint", null,
                        waiting -> count.applyAsLong(waiting))
                .tag(MeterNames.STATE, state).register(registry));
    }
}
