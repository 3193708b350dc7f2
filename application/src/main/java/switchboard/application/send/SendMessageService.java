package switchboard.application.send;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.message.port.NewMessage;
import switchboard.application.shared.KnownTenants;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.Recipient;
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
        Tenant tenant = KnownTenants.require(ports.tenants(), command.tenantId());
        Instant now = ports.clock().instant();
        SendPreparation.Prepared prepared = preparation.prepare(command, tenant, now);
        Set<Recipient> suppressed = ports.suppressions().suppressedAmong(tenant.id(), prepared.recipients());
        // Deliveries that are due and awaited are claimed as they are stored, so that no background worker takes them first.
        boolean sendNow = !command.awaitOutcome().isZero() && !prepared.notBefore().isAfter(now);
        SendPreparation.Composed composed = prepared.compose(suppressed, sendNow, now);
        if (composed.message().isEmpty()) {
            return composed.result();
        }
        NewMessage message = composed.message().get();
        if (!sendNow) {
            ports.messages().save(message.message(), message.deliveries(), Optional.empty());
            ports.dispatcher().wakeUp();
            return composed.result();
        }
        return composed.result(storeAndDeliverNow(message, command.awaitOutcome()));
    }

    /** Stores the message with its deliveries claimed under a new lease, sends them, and waits up to {@code budget}. */
    private Map<DeliveryId, Delivery> storeAndDeliverNow(NewMessage message, Duration budget) {
        Lease lease = ports.dispatcher().newLease();
        ports.messages().save(message.message(), message.deliveries(), Optional.of(lease));
        return ports.dispatcher().deliverNow(message.deliveries().stream()
                .map(delivery -> new ClaimedDelivery(delivery, message.message(), lease)).toList(), budget);
    }
}
