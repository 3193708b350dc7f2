package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.guard.ApiCaller;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters' labels, with and without the tenant, and the provider histogram's buckets. */
class MicrometerMetersTest {

    private static final TenantId ACME = new TenantId("acme");
    private static final TenantId GLOBEX = new TenantId("globex");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

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
