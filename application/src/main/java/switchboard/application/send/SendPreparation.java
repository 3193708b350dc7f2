package switchboard.application.send;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * What both sends do before storing: resolve each recipient (contacts, scopes, phone numbers),
 * seal the caller's own accounts, compile the personalisation; then, once the suppressed
 * addresses are known, build the message and one delivery per address left.
 */
final class SendPreparation {

    private final SendingPorts ports;

    SendPreparation(SendingPorts ports) {
        this.ports = ports;
    }

    /** A command with its recipients resolved, before the suppressed ones are left out. */
    Prepared prepare(SendCommand command, Tenant tenant, Instant now) {
        RecipientResolver resolver = RecipientResolver.load(command, tenant.contactFields(), ports.contacts(), ports.phones());
        List<RecipientResolver.Resolution> resolutions = command.recipients().stream().map(resolver::resolve).toList();
        Map<Channel, SealedCredentials> credentials = new EnumMap<>(Channel.class);
        command.accounts().forEach((channel, account) -> credentials.put(channel, ports.sealer().seal(account)));
        return new Prepared(command, Personalisation.of(command, ports.templates()), resolutions, credentials,
                command.notBefore().filter(time -> time.isAfter(now)).orElse(now));
    }

    record Prepared(SendCommand command, Personalisation personalisation,
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
                    Delivery delivery = Delivery.queue(messageId, command.tenantId(), new Recipient(request.channel(), reached.address()),
                            personalisation.deliveryContent(request.channel(), reached.contact()), notBefore, now);
                    SealedCredentials sealed = credentials.get(request.channel());
                    delivery = sealed == null ? delivery : delivery.withCredentials(sealed);
                    forRequest.add(claimNow ? delivery.claim(now) : delivery);
                }
                deliveries.addAll(forRequest);
                resolved.add(new Resolved(request, resolution, forRequest));
            }
            Optional<Message> message = deliveries.isEmpty() ? Optional.empty() : Optional.of(new Message(messageId, command.tenantId(),
                    command.origin(), personalisation.messageContent(), command.email(), command.sender().orElse(null),
                    command.campaignId().orElse(null), command.testMode(), now));
            return new Accepted(message, deliveries, resolved);
        }
    }

    record Accepted(Optional<Message> message, List<Delivery> deliveries, List<Resolved> resolved) {

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
