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
import switchboard.application.port.in.BatchSendOutcome;
import switchboard.application.port.in.RecipientOutcome;
import switchboard.application.port.in.RecipientRequest;
import switchboard.application.port.in.SendCommand;
import switchboard.application.port.in.SendMessageUseCase;
import switchboard.application.port.in.SendResult;
import switchboard.application.port.out.ClaimedDelivery;
import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.Lease;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.NewMessage;
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
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

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
        Instant now = clock.instant();
        Prepared prepared = prepare(command, tenant, now);
        Set<Recipient> suppressed = suppressions.suppressedAmong(tenant.id(), prepared.reached());
        // Deliveries that are due and awaited are claimed as they are stored, so that no background worker takes them first.
        boolean sendNow = !command.awaitOutcome().isZero() && !prepared.notBefore().isAfter(now);
        Accepted accepted = prepared.accept(suppressed, sendNow, now);
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

    @Override
    public List<BatchSendOutcome> sendAll(TenantId tenantId, List<SendCommand> commands) {
        Tenant tenant = KnownTenants.require(tenants, tenantId);
        Instant now = clock.instant();
        List<Optional<Prepared>> prepared = new ArrayList<>();
        List<BatchSendOutcome> outcomes = new ArrayList<>();
        List<Recipient> reached = new ArrayList<>();
        for (SendCommand command : commands) {
            if (!command.tenantId().equals(tenantId) || !command.awaitOutcome().isZero()) {
                throw new IllegalArgumentException("a batch sends for one tenant, without awaiting the outcome");
            }
            try {
                Prepared each = prepare(command, tenant, now);
                reached.addAll(each.reached());
                prepared.add(Optional.of(each));
                outcomes.add(null);
            } catch (InvalidValueException refused) {
                prepared.add(Optional.empty());
                outcomes.add(new BatchSendOutcome.Refused(refused.getMessage()));
            }
        }
        Set<Recipient> suppressed = suppressions.suppressedAmong(tenantId, reached);
        List<NewMessage> stored = new ArrayList<>();
        for (int index = 0; index < commands.size(); index++) {
            if (prepared.get(index).isPresent()) {
                Accepted accepted = prepared.get(index).get().accept(suppressed, false, now);
                accepted.message().ifPresent(message -> stored.add(new NewMessage(message, accepted.deliveries())));
                outcomes.set(index, new BatchSendOutcome.Sent(accepted.result(Map.of())));
            }
        }
        if (!stored.isEmpty()) {
            messages.saveAll(stored);
            worker.wakeUp();
        }
        return outcomes;
    }

    /** A command with its recipients resolved, before the suppressed ones are left out. */
    private Prepared prepare(SendCommand command, Tenant tenant, Instant now) {
        RecipientResolver resolver = RecipientResolver.load(command, tenant.contactFields(), contacts, phones);
        List<RecipientResolver.Resolution> resolutions = command.recipients().stream().map(resolver::resolve).toList();
        Map<Channel, SealedCredentials> credentials = new EnumMap<>(Channel.class);
        command.accounts().forEach((channel, account) -> credentials.put(channel, sealer.seal(account)));
        return new Prepared(command, tenant.id(), Personalisation.of(command, templates), resolutions, credentials,
                command.notBefore().filter(time -> time.isAfter(now)).orElse(now));
    }

    private record Prepared(SendCommand command, TenantId tenantId, Personalisation personalisation,
                            List<RecipientResolver.Resolution> resolutions, Map<Channel, SealedCredentials> credentials,
                            Instant notBefore) {

        List<Recipient> reached() {
            return reachedRecipients(command, resolutions);
        }

        /** The message and one delivery per reached, unsuppressed address; no message when none is left. */
        Accepted accept(Set<Recipient> suppressed, boolean claimNow, Instant now) {
            MessageId messageId = MessageId.random();
            List<Resolved> resolved = new ArrayList<>();
            List<Delivery> deliveries = new ArrayList<>();
            for (int index = 0; index < resolutions.size(); index++) {
                RecipientRequest request = command.recipients().get(index);
                RecipientResolver.Resolution resolution = RecipientResolver.withoutSuppressed(request, resolutions.get(index),
                        suppressed);
                List<Delivery> forRequest = new ArrayList<>();
                for (RecipientResolver.Reached reached : resolution.reached()) {
                    Delivery delivery = Delivery.queue(messageId, tenantId, new Recipient(request.channel(), reached.address()),
                            personalisation.deliveryContent(request.channel(), reached.contact()), notBefore, now);
                    SealedCredentials sealed = credentials.get(request.channel());
                    delivery = sealed == null ? delivery : delivery.withCredentials(sealed);
                    forRequest.add(claimNow ? delivery.claim(now) : delivery);
                }
                deliveries.addAll(forRequest);
                resolved.add(new Resolved(request, resolution, forRequest));
            }
            Optional<Message> message = deliveries.isEmpty() ? Optional.empty() : Optional.of(new Message(messageId, tenantId,
                    command.origin(), personalisation.messageContent(), command.email(), command.sender().orElse(null),
                    command.campaignId().orElse(null), command.testMode(), now));
            return new Accepted(message, deliveries, resolved);
        }
    }

    private record Accepted(Optional<Message> message, List<Delivery> deliveries, List<Resolved> resolved) {

        SendResult result(Map<DeliveryId, Delivery> latest) {
            return new SendResult(message.map(Message::id), message.map(Message::content), outcomes(resolved, latest));
        }
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
