package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

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

    private static final System.Logger LOG = System.getLogger(OutboxGauges.class.getName());

    private final OutboxCensus census;
    private final Clock clock;
    private final Duration refresh;
    /** The latest count; null before the first and after a failed one. */
    private OutboxCount last;
    private Instant lastRead;

    public OutboxGauges(MeterRegistry registry, OutboxCensus census, Clock clock, Duration refresh) {
        this.census = census;
        this.clock = clock;
        this.refresh = refresh;
        for (Channel channel : Channel.values()) {
            for (OutboxState state : OutboxState.values()) {
                gauge(MeterNames.OUTBOX_DELIVERIES, "Deliveries in the outbox by channel and state", null,
                        count -> count.of(channel, state))
                        .tag(MeterNames.CHANNEL, Labels.of(channel)).tag(MeterNames.STATE, Labels.of(state))
                        .register(registry);
            }
        }
        gauge(MeterNames.OUTBOX_OLDEST_DUE_AGE, "How long the delivery due longest has waited to be sent",
                "seconds", count -> count.oldestDueAge().toMillis() / 1000.0).register(registry);
    }

    private Gauge.Builder<OutboxGauges> gauge(String name, String description, String unit,
                                              ToDoubleFunction<OutboxCount> value) {
        return Gauge.builder(name, this, gauges -> gauges.current() == null ? Double.NaN : value.applyAsDouble(gauges.current()))
                .description(description).baseUnit(unit).strongReference(true);
    }

    /** The latest count, read again once the last read is older than the refresh interval; null while the database fails. */
    private synchronized OutboxCount current() {
        Instant now = clock.instant();
        if (lastRead == null || !lastRead.plus(refresh).isAfter(now)) {
            lastRead = now;
            boolean wasFailing = last == null;
            try {
                last = census.count(now);
            } catch (RuntimeException e) {
                if (!wasFailing) {
                    LOG.log(System.Logger.Level.WARNING, "counting the outbox for the metrics failed; its gauges are NaN "
                            + "until a count succeeds: " + e);
                }
                last = null;
            }
        }
        return last;
    }
}
