package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

import switchboard.adapter.out.provider.webhook.WebhookConfiguration;
import switchboard.application.event.EventEndpointsService;
import switchboard.application.event.EventLogService;
import switchboard.application.event.EventRelay;
import switchboard.application.event.EventRelaySettings;
import switchboard.application.event.port.EventEndpointStore;
import switchboard.application.event.port.EventMeter;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.event.port.EventPoster;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.shared.TenantStore;

/**
 * The tenants' event endpoints and the relay that posts their events, {@code switchboard.events.*}
 * (application.yml holds the defaults); {@link EventsLifecycle} starts the relay. A bad value stops
 * the start with a line naming the setting.
 */
@Factory
class EventFactory {

    @Singleton
    EventEndpointsService eventEndpoints(TenantStore tenants, EventEndpointStore store, EventOutbox outbox,
                                         SecretSealer sealer, Clock clock,
                                         @Value("${switchboard.events.secret-overlap:24h}") String overlap) {
        return new EventEndpointsService(tenants, store, outbox, sealer,
                Settings.positiveDuration("switchboard.events.secret-overlap (SWITCHBOARD_EVENTS_SECRET_OVERLAP)", overlap), clock);
    }

    @Singleton
    EventLogService eventLog(TenantStore tenants, EventEndpointStore store, EventOutbox outbox) {
        return new EventLogService(tenants, store, outbox);
    }

    @Singleton
    @Bean(preDestroy = "close")
    EventRelay eventRelay(EventOutbox outbox, EventPoster poster, SecretSealer sealer, EventMeter meter, Clock clock,
                          WebhookConfiguration webhooks,
                          @Value("${switchboard.events.concurrency:16}") String concurrency,
                          @Value("${switchboard.events.per-round:100}") String perRound,
                          @Value("${switchboard.events.lease:2m}") String lease,
                          @Value("${switchboard.events.idle-poll:500ms}") String idlePoll,
                          @Value("${switchboard.events.first-retry:5s}") String firstRetry,
                          @Value("${switchboard.events.longest-retry:1h}") String longestRetry,
                          @Value("${switchboard.events.pause-after:72h}") String pauseAfter) {
        EventRelaySettings settings = new EventRelaySettings(DispatchFactory.workerId(),
                Settings.positiveInteger("switchboard.events.concurrency (SWITCHBOARD_EVENTS_CONCURRENCY)", concurrency),
                Settings.positiveInteger("switchboard.events.per-round (SWITCHBOARD_EVENTS_PER_ROUND)", perRound),
                leaseOutlastingAPost(lease, webhooks.getTotalTimeout()),
                Settings.positiveDuration("switchboard.events.idle-poll (SWITCHBOARD_EVENTS_IDLE_POLL)", idlePoll),
                Settings.positiveDuration("switchboard.events.first-retry (SWITCHBOARD_EVENTS_FIRST_RETRY)", firstRetry),
                Settings.positiveDuration("switchboard.events.longest-retry (SWITCHBOARD_EVENTS_LONGEST_RETRY)", longestRetry),
                Settings.positiveDuration("switchboard.events.pause-after (SWITCHBOARD_EVENTS_PAUSE_AFTER)", pauseAfter));
        return new EventRelay(outbox, poster, sealer, settings, meter, clock);
    }

    /**
     * The event lease, at least twice the longest post: a round starts no post once half its lease
     * is gone, and a post started just before must end before another process may claim the endpoint.
     */
    private static Duration leaseOutlastingAPost(String text, Duration longestPost) {
        Duration lease = Settings.positiveDuration("switchboard.events.lease (SWITCHBOARD_EVENTS_LEASE)", text);
        if (lease.compareTo(longestPost.multipliedBy(2)) < 0) {
            throw new IllegalStateException("switchboard.events.lease (SWITCHBOARD_EVENTS_LEASE) is '" + text + "': make it at "
                    + "least twice switchboard.webhook.total-timeout (SWITCHBOARD_WEBHOOK_TOTAL_TIMEOUT, " + longestPost.toMillis()
                    + "ms), so that a post started at half the lease ends before another process may take the endpoint over");
        }
        return lease;
    }
}
