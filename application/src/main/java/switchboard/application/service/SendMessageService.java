package switchboard.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.port.in.SendCommand;
import switchboard.application.port.in.SendMessageUseCase;
import switchboard.application.port.in.SendResult;
import switchboard.application.port.out.ClaimedDelivery;
import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.Lease;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.PhoneNumberNormalizer;
import switchboard.application.port.out.SecretSealer;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TemplateRenderer;
import switchboard.application.port.out.TenantStore;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.message.Message;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;

public final class SendMessageService implements SendMessageUseCase {

    private final TenantStore tenants;
    private final SendPreparation preparation;
    private final MessageStore messages;
    private final SuppressionList suppressions;
    private final DispatchWorker worker;
    private final Clock clock;

    public SendMessageService(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones,
                              MessageStore messages, TemplateRenderer templates, SecretSealer sealer,
                              SuppressionList suppressions, DispatchWorker worker, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.preparation = new SendPreparation(contacts, phones, templates, sealer);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SendResult send(SendCommand command) {
        Tenant tenant = KnownTenants.require(tenants, command.tenantId());
        Instant now = clock.instant();
        SendPreparation.Prepared prepared = preparation.prepare(command, tenant, now);
        Set<Recipient> suppressed = suppressions.suppressedAmong(tenant.id(), prepared.reached());
        // Deliveries that are due and awaited are claimed as they are stored, so that no background worker takes them first.
        boolean sendNow = !command.awaitOutcome().isZero() && !prepared.notBefore().isAfter(now);
        SendPreparation.Accepted accepted = prepared.accept(suppressed, sendNow, now);
        if (accepted.message().isEmpty()) {
            return accepted.result(Map.of());
        }
        Message message = accepted.message().get();
        if (!sendNow) {
            messages.save(message, accepted.deliveries(), Optional.empty());
            worker.wakeUp();
            return accepted.result(Map.of());
        }
        Lease lease = worker.newLease();
        messages.save(message, accepted.deliveries(), Optional.of(lease));
        Map<DeliveryId, Delivery> latest = worker.deliverNow(accepted.deliveries().stream()
                .map(delivery -> new ClaimedDelivery(delivery, message, lease)).toList(), command.awaitOutcome());
        return accepted.result(latest);
    }

}
