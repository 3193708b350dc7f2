package switchboard.application.send;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.shared.KnownTenants;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Message;
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
        Set<Recipient> suppressed = ports.suppressions().suppressedAmong(tenant.id(), prepared.reached());
        // Deliveries that are due and awaited are claimed as they are stored, so that no background worker takes them first.
        boolean sendNow = !command.awaitOutcome().isZero() && !prepared.notBefore().isAfter(now);
        SendPreparation.Accepted accepted = prepared.accept(suppressed, sendNow, now);
        if (accepted.message().isEmpty()) {
            return accepted.result(Map.of());
        }
        Message message = accepted.message().get();
        if (!sendNow) {
            ports.messages().save(message, accepted.deliveries(), Optional.empty());
            ports.worker().wakeUp();
            return accepted.result(Map.of());
        }
        Lease lease = ports.worker().newLease();
        ports.messages().save(message, accepted.deliveries(), Optional.of(lease));
        Map<DeliveryId, Delivery> latest = ports.worker().deliverNow(accepted.deliveries().stream()
                .map(delivery -> new ClaimedDelivery(delivery, message, lease)).toList(), command.awaitOutcome());
        return accepted.result(latest);
    }

}
