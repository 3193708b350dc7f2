package switchboard.application.memory;

import java.time.Duration;

import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.guard.ApiCaller;
import switchboard.application.guard.port.GuardMeter;
import switchboard.application.send.port.SendMeter;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/** Meters that count nothing, for the tests that do not look at the metrics. */
public final class NoMeters {

    public static final SendMeter SENDS = message -> {
    };

    public static final DeliveryMeter DELIVERIES = new DeliveryMeter() {
        @Override
        public void providerCalled(Channel channel, String provider, Duration elapsed) {
        }

        @Override
        public void outcome(TenantId tenant, Channel channel, String provider, DeliveryOutcome outcome) {
        }
    };

    public static final GuardMeter GUARD = new GuardMeter() {
        @Override
        public void rateLimited(ApiCaller caller) {
        }

        @Override
        public void replayed(ApiCaller caller) {
        }
    };

    private NoMeters() {
    }
}
