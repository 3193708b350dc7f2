package switchboard.application.send;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.message.port.NewMessage;
import switchboard.application.shared.KnownTenants;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.tenant.Tenant;

public final class SendMessageService implements SendMessageUseCase {

    private final SendingPorts ports;
    private final SendPreparation preparation;

    public SendMessageService(SendingPorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.preparation = new SendPreparation(ports);
    }

    @Override
    public SendResult send(SendCommand command) {
        Tenant tenant = KnownTenants.requireActive(ports.tenants(), command.tenantId());
        Instant now = ports.clock().instant();
        SendPreparation.Prepared prepared = preparation.prepare(command, tenant, now);
        // Deliveries that are due and awaited are claimed as they are stored, so that no background worker takes them first.
        boolean sendNow = !command.awaitOutcome().isZero() && !prepared.notBefore().isAfter(now);
        Optional<Lease> lease = sendNow ? Optional.of(ports.dispatcher().newLease()) : Optional.empty();
        SendPreparation.Composed composed = ports.storeTraced(prepared.toStore(lease, now));
        composed.toStore().forEach(ports.meter()::accepted);
        if (composed.message().isEmpty()) {
            return composed.result();
        }
        if (composed.storedBefore()) {
            return lease.isEmpty() ? composed.result() : composed.result(storedDeliveries(command, composed.message().get()));
        }
        if (lease.isEmpty()) {
            ports.dispatcher().wakeUp();
            return composed.result();
        }
        return composed.result(deliverNow(composed.message().get(), lease.get(), command));
    }

    /** The deliveries an earlier attempt at the request stored, as they are now: what its awaited answer would have shown. */
    private Map<DeliveryId, Delivery> storedDeliveries(SendCommand command, NewMessage message) {
        return ports.messages().find(command.tenantId(), message.message().id()).stream()
                .flatMap(stored -> stored.deliveries().stream())
                .collect(Collectors.toMap(Delivery::id, Function.identity()));
    }

    /** Sends the deliveries stored claimed under the lease, and waits up to the command's budget for their outcomes. */
    private Map<DeliveryId, Delivery> deliverNow(NewMessage message, Lease lease, SendCommand command) {
        return ports.dispatcher().deliverNow(message.deliveries().stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.SENDING)
                .map(delivery -> new ClaimedDelivery(delivery, message.message(), lease, ports.tracing().currentContext()))
                .toList(),
                command.awaitOutcome());
    }
}
