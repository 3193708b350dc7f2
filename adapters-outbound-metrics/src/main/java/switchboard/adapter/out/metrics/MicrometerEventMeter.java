package switchboard.adapter.out.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import switchboard.application.event.port.EventMeter;
import switchboard.domain.event.EventType;
import switchboard.domain.tenant.TenantId;

/** The posts of events to the tenants' endpoints ({@code switchboard_event_posts_total}) by event type and outcome. */
public final class MicrometerEventMeter implements EventMeter {

    private final Counters posts;

    public MicrometerEventMeter(MeterRegistry registry, boolean tenantLabel) {
        this.posts = new Counters(registry, MeterNames.EVENT_POSTS,
                "Posts of events to the tenants' endpoints: delivered (a 2xx) or failed", tenantLabel, MeterNames.TYPE,
                MeterNames.OUTCOME);
    }

    @Override
    public void posted(TenantId tenantId, EventType type, boolean delivered) {
        posts.increment(tenantId, 1, type.wireName(), delivered ? "delivered" : "failed", null);
    }
}
