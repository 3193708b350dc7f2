package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.port.GuardMeter;

/**
 * Requests refused by a rate limit ({@code switchboard_rate_limited_requests_total}) and repeats answered from
 * an Idempotency-Key's record ({@code switchboard_idempotent_replays_total}), by API.
 */
public final class MicrometerGuardMeter implements GuardMeter {

    private final Counters rateLimited;
    private final Counters replays;

    public MicrometerGuardMeter(MeterRegistry registry, boolean tenantLabel) {
        this.rateLimited = new Counters(registry, MeterNames.RATE_LIMITED, "Requests refused with 429 by a rate limit",
                tenantLabel, MeterNames.API);
        this.replays = new Counters(registry, MeterNames.IDEMPOTENT_REPLAYS,
                "Repeated requests answered with the recorded answer of their Idempotency-Key", tenantLabel, MeterNames.API);
    }

    @Override
    public void rateLimited(ApiCaller caller) {
        rateLimited.increment(caller.tenantId(), caller.api());
    }

    @Override
    public void replayed(ApiCaller caller) {
        replays.increment(caller.tenantId(), caller.api());
    }
}
