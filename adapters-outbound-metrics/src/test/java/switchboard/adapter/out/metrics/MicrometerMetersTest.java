package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.event.port.EventBacklog;
import switchboard.application.guard.ApiCaller;
import switchboard.domain.event.EventType;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters' labels, with and without the tenant, the provider histogram's buckets, and the events' meters. */
class MicrometerMetersTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eventPostsAreCountedByTypeAndOutcome() {
        MicrometerEventMeter meter = new MicrometerEventMeter(registry, true);

        meter.posted(ACME, EventType.DELIVERY_SENT, true);
        meter.posted(ACME, EventType.DELIVERY_SENT, true);
        meter.posted(ACME, EventType.DELIVERY_SENT, false);

        assertThat(registry.get(MeterNames.EVENT_POSTS).tags("tenant", "acme", "type", "delivery.sent", "outcome", "delivered")
                .counter().count()).isEqualTo(2);
        assertThat(registry.get(MeterNames.EVENT_POSTS).tags("type", "delivery.sent", "outcome", "failed").counter().count())
                .isEqualTo(1);
    }

    @Test
    void theWaitingEventsAreGaugedByTheStateOfTheirEndpoint() {
        AtomicInteger reads = new AtomicInteger();
        new EventGauges(registry, () -> {
            reads.incrementAndGet();
            return new EventBacklog(5, 2, 40);
        }, Clock.systemUTC(), Duration.ofMinutes(5));

        assertThat(registry.get(MeterNames.EVENTS_WAITING).tags("state", "active").gauge().value()).isEqualTo(5);
        assertThat(registry.get(MeterNames.EVENTS_WAITING).tags("state", "failing").gauge().value()).isEqualTo(2);
        assertThat(registry.get(MeterNames.EVENTS_WAITING).tags("state", "paused").gauge().value()).isEqualTo(40);
        assertThat(reads).as("one read serves every series").hasValue(1);
    }

    @Test
    void withoutTheTenantLabelTenantsShareOneSeries() {
        MicrometerDeliveryMeter meter = new MicrometerDeliveryMeter(registry, false);

        meter.outcome(ACME, Channel.IN_APP, "inbox", DeliveryOutcome.SENT);
        meter.outcome(GLOBEX, Channel.IN_APP, "inbox", DeliveryOutcome.SENT);
        meter.outcome(ACME, Channel.IN_APP, "inbox", DeliveryOutcome.RETRIED);

        List<Counter> counters = List.copyOf(registry.find(MeterNames.DELIVERY_OUTCOMES).counters());
        assertThat(counters).hasSize(2).allSatisfy(counter -> assertThat(counter.getId().getTag("tenant")).isNull());
        assertThat(registry.get(MeterNames.DELIVERY_OUTCOMES).tags("channel", "in_app", "provider", "inbox", "outcome", "sent")
                .counter().count()).isEqualTo(2);
    }

    @Test
    void withTheTenantLabelEachTenantHasItsSeries() {
        MicrometerGuardMeter meter = new MicrometerGuardMeter(registry, true);

        meter.rateLimited(new ApiCaller("dripcel", ACME, "key-1"));
        meter.rateLimited(new ApiCaller("dripcel", ACME, "key-2"));
        meter.rateLimited(new ApiCaller("dripcel", GLOBEX, "key-3"));

        assertThat(registry.get(MeterNames.RATE_LIMITED).tags("api", "dripcel", "tenant", "acme").counter().count()).isEqualTo(2);
        assertThat(registry.get(MeterNames.RATE_LIMITED).tags("api", "dripcel", "tenant", "globex").counter().count()).isEqualTo(1);
    }

    @Test
    void providerCallsFallIntoTheHistogramsBuckets() {
        MicrometerDeliveryMeter meter = new MicrometerDeliveryMeter(registry, false);

        meter.providerCalled(Channel.SMS, "twilio", Duration.ofMillis(40));
        meter.providerCalled(Channel.SMS, "twilio", Duration.ofSeconds(3));

        Timer timer = registry.get(MeterNames.PROVIDER_CALLS).tags("channel", "sms", "provider", "twilio").timer();
        assertThat(timer.count()).isEqualTo(2);
        CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
        assertThat(buckets).anySatisfy(bucket -> {
            assertThat(bucket.bucket(TimeUnit.MILLISECONDS)).isEqualTo(50);
            assertThat(bucket.count()).isEqualTo(1);
        });
        assertThat(buckets).anySatisfy(bucket -> {
            assertThat(bucket.bucket(TimeUnit.SECONDS)).isEqualTo(5);
            assertThat(bucket.count()).isEqualTo(2);
        });
    }
}
