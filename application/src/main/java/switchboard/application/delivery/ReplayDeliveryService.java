package switchboard.application.delivery;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.Dispatcher;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.application.shared.ConflictException;
import switchboard.application.shared.NotFoundException;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.tenant.TenantId;

public final class ReplayDeliveryService implements ReplayDeliveryUseCase {

    private final DeliveryStore deliveries;
    private final Dispatcher dispatcher;
    private final DeliveryLog log;
    private final Clock clock;

    public ReplayDeliveryService(DeliveryStore deliveries, Dispatcher dispatcher, DeliveryLog log, Clock clock) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Delivery replay(TenantId tenantId, DeliveryId id) {
        Delivery dead = deliveries.find(id).filter(delivery -> delivery.tenantId().equals(tenantId))
                .orElseThrow(() -> new NotFoundException("delivery", id));
        if (dead.status() != DeliveryStatus.DEAD) {
            throw new ConflictException("delivery '" + id + "' is " + dead.status() + "; only dead deliveries are replayed");
        }
        Delivery queued = dead.replay(clock.instant());
        if (!deliveries.replace(dead, queued)) {
            throw new ConflictException("delivery '" + id + "' changed while it was being replayed; look at it again");
        }
        log.changed(queued, Optional.empty());
        dispatcher.wakeUp();
        return queued;
    }
}
