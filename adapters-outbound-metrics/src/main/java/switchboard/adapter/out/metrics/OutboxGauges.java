package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;

import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.recipient.Channel;

/**
 * The outbox's depth by channel and state ({@code switchboard_outbox_deliveries}) and how long the
 * oldest due delivery has waited ({@code switchboard_outbox_oldest_due_age_seconds}), read from the
 * database. A scrape reads every series, so the count is one query, made at most once per
 * {@code refresh} and shared by all of them. The outbox is the database's, not the process's:
 * every process sharing it reports the same values. While the database does not answer, the
 * gauges are NaN rather than stale.
 */
public final class OutboxGauges {

    private final PeriodicReading<OutboxCount> count;

    public OutboxGauges(MeterRegistry registry, OutboxCensus census, Clock clock, Duration refresh) {
        this.count = new PeriodicReading<>("counting the outbox", () -> census.count(clock.instant()), clock, refresh);
        for (Channel channel : Channel.values()) {
            for (OutboxState state : OutboxState.values()) {
                count.gauge(MeterNames.OUTBOX_DELIVERIES, "Deliveries in the outbox by channel and state", null,
                        counted -> counted.of(channel, state))
                        .tag(MeterNames.CHANNEL, Labels.of(channel)).tag(MeterNames.STATE, Labels.of(state))
                        .register(registry);
            }
        }
        count.gauge(MeterNames.OUTBOX_OLDEST_DUE_AGE, "How long the delivery due longest has waited to be sent",
                "seconds", counted -> counted.oldestDueAge().toMillis() / 1000.0).register(registry);
    }
}
