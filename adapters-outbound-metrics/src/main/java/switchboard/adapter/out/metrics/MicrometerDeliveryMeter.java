package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * Delivery outcomes by channel, provider and outcome ({@code switchboard_delivery_outcomes_total}),
 * and provider calls as a histogram by channel and provider ({@code switchboard_provider_call_seconds}).
 */
public final class MicrometerDeliveryMeter implements DeliveryMeter {

    /** The histogram's buckets: from a local SMTP server's few milliseconds to a webhook's 30 s limit. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    private final Counters outcomes;
    private final Map<ProviderKey, Timer> calls = new ConcurrentHashMap<>();

    public MicrometerDeliveryMeter(MeterRegistry registry, boolean tenantLabel) {
        this.registry = registry;
        this.outcomes = new Counters(registry, MeterNames.DELIVERY_OUTCOMES,
                "Outcomes of delivery attempts and of providers' reports", tenantLabel,
                MeterNames.CHANNEL, MeterNames.PROVIDER, MeterNames.OUTCOME);
    }

    @Override
    public void providerCalled(Channel channel, String provider, Duration elapsed) {
        ProviderKey key = new ProviderKey(channel, provider);
        Timer timer = calls.get(key);
        if (timer == null) {
            timer = calls.computeIfAbsent(key, this::register);
        }
        timer.record(elapsed.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void outcome(TenantId tenant, Channel channel, String provider, DeliveryOutcome outcome) {
        outcomes.increment(tenant, Labels.of(channel), provider, Labels.of(outcome));
    }

    private Timer register(ProviderKey key) {
        return Timer.builder(MeterNames.PROVIDER_CALLS)
                .description("Calls to providers, whatever they answered")
                .tag(MeterNames.CHANNEL, Labels.of(key.channel()))
                .tag(MeterNames.PROVIDER, key.provider())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    private record ProviderKey(Channel channel, String provider) {
    }
}
