package switchboard.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.port.in.RecipientOutcome;
import switchboard.application.port.in.RecipientRequest;
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
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;

public final class SendMessageService implements SendMessageUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;
    private final PhoneNumberNormalizer phones;
    private final MessageStore messages;
    private final TemplateRenderer templates;
    private final SecretSealer sealer;
    private final SuppressionList suppressions;
    private final DispatchWorker worker;
    private final Clock clock;

    public SendMessageService(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones,
                              MessageStore messages, TemplateRenderer templates, SecretSealer sealer,
                              SuppressionList suppressions, DispatchWorker worker, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SendResult send(SendCommand command) {
        Tenant tenant = KnownTenants.require(tenants, command.tenantId());
        Personalisation personalisation = Personalisation.of(command, templates);
        Instant now = clock.instant();
        Instant notBefore = command.notBefore().filter(time -> time.isAfter(now)).orElse(now);
        // Deliveries that are due and awaited are claimed as they are stored, so that no background worker takes them first.
        boolean sendNow = !command.awaitOutcome().isZero() && !notBefore.isAfter(now);
        MessageId messageId = MessageId.random();
        RecipientResolver resolver = RecipientResolver.load(command, tenant.contactFields(), contacts, phones);
        Map<Channel, SealedCredentials> credentials = new EnumMap<>(Channel.class);
        command.accounts().forEach((channel, account) -> credentials.put(channel, sealer.seal(account)));

        List<RecipientResolver.Resolution> resolutions = command.recipients().stream().map(resolver::resolve).toList();
        Set<Recipient> suppressed = suppressions.suppressedAmong(tenant.id(), reachedRecipients(command, resolutions));

        List<Resolved> resolved = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (int index = 0; index < resolutions.size(); index++) {
            RecipientRequest request = command.recipients().get(index);
            RecipientResolver.Resolution resolution = RecipientResolver.withoutSuppressed(request, resolutions.get(index),
                    suppressed);
            List<Delivery> forRequest = new ArrayList<>();
            for (RecipientResolver.Reached reached : resolution.reached()) {
                Delivery delivery = Delivery.queue(messageId, tenant.id(), new Recipient(request.channel(), reached.address()),
                        personalisation.deliveryContent(request.channel(), reached.contact()), notBefore, now);
                SealedCredentials sealed = credentials.get(request.channel());
                delivery = sealed == null ? delivery : delivery.withCredentials(sealed);
                forRequest.add(sendNow ? delivery.claim(now) : delivery);
            }
            deliveries.addAll(forRequest);
            resolved.add(new Resolved(request, resolution, forRequest));
        }
        if (deliveries.isEmpty()) {
            return new SendResult(Optional.empty(), Optional.empty(), outcomes(resolved, Map.of()));
        }

        Message message = new Message(messageId, tenant.id(), command.origin(), personalisation.messageContent(),
                command.email(), command.sender().orElse(null), command.campaignId().orElse(null), command.testMode(), now);
        if (!sendNow) {
            messages.save(message, deliveries, Optional.empty());
            worker.wakeUp();
            return new SendResult(Optional.of(messageId), Optional.of(message.content()), outcomes(resolved, Map.of()));
        }
        Lease lease = worker.newLease();
        messages.save(message, deliveries, Optional.of(lease));
        Map<DeliveryId, Delivery> latest = worker.deliverNow(
                deliveries.stream().map(delivery -> new ClaimedDelivery(delivery, message, lease)).toList(), command.awaitOutcome());
        return new SendResult(Optional.of(messageId), Optional.of(message.content()), outcomes(resolved, latest));
    }

    private static List<Recipient> reachedRecipients(SendCommand command, List<RecipientResolver.Resolution> resolutions) {
        List<Recipient> reached = new ArrayList<>();
        for (int index = 0; index < resolutions.size(); index++) {
            Channel channel = command.recipients().get(index).channel();
            resolutions.get(index).reached().forEach(each -> reached.add(new Recipient(channel, each.address())));
        }
        return reached;
    }

    private static List<RecipientOutcome> outcomes(List<Resolved> resolved, Map<DeliveryId, Delivery> latest) {
        return resolved.stream().map(entry -> entry.resolution().rejected()
                ? (RecipientOutcome) new RecipientOutcome.Rejected(entry.request(), entry.resolution().reason(),
                        entry.resolution().detail())
                : new RecipientOutcome.Accepted(entry.request(), entry.deliveries().stream()
                        .map(delivery -> latest.getOrDefault(delivery.id(), delivery)).toList()))
                .toList();
    }

    private record Resolved(RecipientRequest request, RecipientResolver.Resolution resolution, List<Delivery> deliveries) {
    }
}
