package switchboard.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

import switchboard.adapter.out.metrics.MicrometerDeliveryMeter;
import switchboard.adapter.out.metrics.MicrometerGuardMeter;
import switchboard.adapter.out.metrics.MicrometerSendMeter;
import switchboard.adapter.out.metrics.EventGauges;
import switchboard.adapter.out.metrics.MicrometerEventMeter;
import switchboard.adapter.out.metrics.OutboxGauges;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.event.port.EventMeter;
import switchboard.application.event.port.EventOutbox;
import switchboard.application.guard.port.GuardMeter;
import switchboard.application.send.port.SendMeter;

/**
 * The gateway's own meters, in the registry Micronaut Micrometer serves at {@code /prometheus}
 * beside its HTTP server, JVM and connection pool meters (README, "Metrics"). The tenant is a label
 * of the counters only where the operator turns it on: each tenant multiplies their series.
 */
@Factory
class MetricsFactory {

    private static final String TENANT_LABEL = "${switchboard.metrics.tenant-label:false}";
    private static final String OUTBOX_REFRESH = "${switchboard.metrics.outbox-refresh:5s}";

    @Singleton
    SendMeter sendMeter(MeterRegistry registry, @Value(TENANT_LABEL) String tenantLabel) {
        return new MicrometerSendMeter(registry, tenantLabel(tenantLabel));
    }

    @Singleton
    DeliveryMeter deliveryMeter(MeterRegistry registry, @Value(TENANT_LABEL) String tenantLabel) {
        return new MicrometerDeliveryMeter(registry, tenantLabel(tenantLabel));
    }

    @Singleton
    GuardMeter guardMeter(MeterRegistry registry, @Value(TENANT_LABEL) String tenantLabel) {
        return new MicrometerGuardMeter(registry, tenantLabel(tenantLabel));
    }

    @Singleton
    OutboxGauges outboxGauges(MeterRegistry registry, OutboxCensus census, Clock clock, @Value(OUTBOX_REFRESH) String refresh) {
        return new OutboxGauges(registry, census, clock, outboxRefresh(refresh));
    }

    @Singleton
    EventMeter eventMeter(MeterRegistry registry, @Value(TENANT_LABEL) String tenantLabel) {
        return new MicrometerEventMeter(registry, tenantLabel(tenantLabel));
    }

    @Singleton
    EventGauges eventGauges(MeterRegistry registry, EventOutbox outbox, Clock clock, @Value(OUTBOX_REFRESH) String refresh) {
        return new EventGauges(registry, outbox::backlog, clock, outboxRefresh(refresh));
    }

    /** How often the gauges read from the database (the outbox's and the events' queues) read again. */
    private static Duration outboxRefresh(String text) {
        return Settings.positiveDuration("switchboard.metrics.outbox-refresh (SWITCHBOARD_METRICS_OUTBOX_REFRESH)", text);
    }

    private static boolean tenantLabel(String text) {
        return Settings.trueOrFalse("switchboard.metrics.tenant-label (SWITCHBOARD_METRICS_TENANT_LABEL)", text);
    }
}
