package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.dispatch.port.FinishedMinute;
import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** One count serves every gauge until the refresh interval has passed; a failed count shows as NaN, not as stale values. */
class OutboxGaugesTest {

    private static final Duration REFRESH = Duration.ofSeconds(5);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final AtomicInteger counts = new AtomicInteger();
    private volatile boolean databaseDown;

    private final OutboxCensus census = new OutboxCensus() {
        @Override
        public OutboxCount count(Optional<TenantId> tenant, Instant now) {
            assertThat(tenant).as("the metrics count every tenant").isEmpty();
            counts.incrementAndGet();
            if (databaseDown) {
                throw new IllegalStateException("no connection");
            }
            return new OutboxCount(now, Map.of(Channel.EMAIL, Map.of(OutboxState.QUEUED, 3L, OutboxState.DUE, 2L,
                    OutboxState.SCHEDULED, 1L)), Optional.of(now.minusSeconds(90)));
        }

        @Override
        public List<FinishedMinute> finishedSince(Optional<TenantId> tenant, Instant since) {
            throw new UnsupportedOperationException("the metrics do not count finished deliveries");
        }
    };

    @Test
    void aScrapeOfEverySeriesCountsTheOutboxOnce() {
        new OutboxGauges(registry, census, clock, REFRESH);

        assertThat(gauge(Channel.EMAIL, OutboxState.DUE)).isEqualTo(2);
        assertThat(gauge(Channel.EMAIL, OutboxState.SCHEDULED)).isEqualTo(1);
        assertThat(gauge(Channel.SMS, OutboxState.DEAD)).isZero();
        assertThat(registry.get(MeterNames.OUTBOX_OLDEST_DUE_AGE).gauge().value()).isEqualTo(90);
        assertThat(registry.find(MeterNames.OUTBOX_DELIVERIES).gauges()).hasSize(Channel.values().length * OutboxState.values().length);
        assertThat(counts).hasValue(1);

        clock.move(REFRESH);
        gauge(Channel.EMAIL, OutboxState.DUE);
        assertThat(counts).hasValue(2);
    }

    @Test
    void whileTheDatabaseFailsTheGaugesAreNaNAndItIsAskedOncePerInterval() {
        new OutboxGauges(registry, census, clock, REFRESH);
        databaseDown = true;

        assertThat(gauge(Channel.EMAIL, OutboxState.DUE)).isNaN();
        assertThat(gauge(Channel.EMAIL, OutboxState.QUEUED)).isNaN();
        assertThat(counts).hasValue(1);

        databaseDown = false;
        clock.move(REFRESH);
        assertThat(gauge(Channel.EMAIL, OutboxState.DUE)).isEqualTo(2);
    }

    private double gauge(Channel channel, OutboxState state) {
        return registry.get(MeterNames.OUTBOX_DELIVERIES).tags("channel", Labels.of(channel), "state", Labels.of(state))
                .gauge().value();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
