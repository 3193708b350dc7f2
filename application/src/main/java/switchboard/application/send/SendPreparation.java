package switchboard.application.send;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.message.port.NewMessage;
import switchboard.application.message.port.SendToStore;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;

/**
 * What both sends do before storing, in two steps around the lookup of the suppressed
 * recipients: {@link #prepare} resolves each recipient (contacts, scopes, phone numbers), seals
 * the caller's own accounts and compiles the personalisation; {@link Prepared#compose} then
 * builds the message with one delivery per recipient that is not suppressed. The store makes
 * that lookup in the transaction that stores the message, so it costs no round trip of its own.
 */
final class SendPreparation {

    private final SendingPorts ports;

    SendPreparation(SendingPorts ports) {
        this.ports = ports;
    }

    /**
     * The command with its recipients resolved, before the suppressed ones are left out.
     *
     * @throws switchboard.domain.InvalidValueException if the domain's rules refuse the command
     */
    Prepared prepare(SendCommand command, Tenant tenant, Instant now) {
        RecipientResolver resolver = RecipientResolver.load(command, tenant.contactFields(), ports.contacts(), ports.phones());
        List<Resolution> resolutions = command.recipients().stream().map(resolver::resolve).toList();
        Map<Channel, SealedCredentials> credentials = new EnumMap<>(Channel.class);
        command.accounts().forEach((channel, account) -> credentials.put(channel, ports.sealer().seal(account)));
        return new Prepared(command, Personalisation.of(command, ports.templates()), resolutions, credentials,
                command.notBefore().filter(time -> time.isAfter(now)).orElse(now));
    }

    /** A command ready to become a message: one resolution per recipient request, in the command's order. */
    record Prepared(SendCommand command, Personalisation personalisation, List<Resolution> resolutions,
                    Map<Channel, SealedCredentials> credentials, Instant notBefore) {

        /** Every recipient the command reaches, for the lookup of the suppressed ones. */
        List<Recipient> recipients() {
            return resolutions.stream().flatMap(resolution -> resolution.recipients().stream()).toList();
        }

        /**
         * The send as the store takes it, its message composed once the suppressed recipients are known.
         *
         * @param claimedUnder the lease to store the deliveries under, claimed to be sent at once; empty to queue them
         */
        SendToStore<Composed> toStore(Optional<Lease> claimedUnder, Instant now) {
            List<Recipient> recipients = recipients();
            return new SendToStore<>(command.tenantId(), recipients, 1 + recipients.size(), command.messageId().stream().toList(),
                    (suppressed, storedBefore) -> {
                        Composed composed = compose(suppressed, claimedUnder.isPresent(), now).storedBefore(storedBefore);
                        return new SendToStore.Composition<>(composed.toStore(), claimedUnder, composed);
                    }, Optional.empty());
        }

        /**
         * The message and one delivery per recipient left once the suppressed ones are taken out;
         * no message when nobody is left. The deliveries' ids follow from the message's, so that a
         * message whose id was fixed ahead is composed with the same ids each time.
         *
         * @param claimNow the deliveries are claimed as they are stored, to be sent at once
         */
        Composed compose(Set<Recipient> suppressed, boolean claimNow, Instant now) {
            MessageId messageId = command.messageId().orElseGet(MessageId::generate);
            Iterator<DeliveryId> deliveryIds = IntStream.iterate(0, index -> index + 1)
                    .mapToObj(DeliveryId.derivedFrom(messageId)).iterator();
            List<RecipientOutcome> outcomes = resolutions.stream().map(resolution -> resolution.withoutSuppressed(suppressed)
                    .outcome(destination -> delivery(deliveryIds.next(), messageId, destination, claimNow, now))).toList();
            List<Delivery> deliveries = Stream.concat(
                    outcomes.stream().filter(RecipientOutcome.Accepted.class::isInstance)
                            .flatMap(outcome -> ((RecipientOutcome.Accepted) outcome).deliveries().stream()),
                    skipped(outcomes, deliveryIds, messageId, now)).toList();
            Optional<NewMessage> message = deliveries.isEmpty() ? Optional.empty() : Optional.of(new NewMessage(new Message(
                    messageId, command.tenantId(), command.origin(), personalisation.messageContent(), command.email(),
                    command.sender().orElse(null), command.campaignId().orElse(null), command.testMode(), now), deliveries));
            return new Composed(message, outcomes, false);
        }

        /** A skipped delivery per recipient that was given by its address and passed over, when the command records them. */
        private Stream<Delivery> skipped(List<RecipientOutcome> outcomes, Iterator<DeliveryId> deliveryIds, MessageId messageId,
                                         Instant now) {
            if (!command.recordSkipped()) {
                return Stream.empty();
            }
            return outcomes.stream().filter(RecipientOutcome.Rejected.class::isInstance).map(RecipientOutcome.Rejected.class::cast)
                    .flatMap(rejected -> addressed(rejected.request()).map(recipient -> Delivery.skipped(deliveryIds.next(),
                            messageId, command.tenantId(), recipient, rejected.detail(), now)).stream());
        }

        private static Optional<Recipient> addressed(RecipientRequest request) {
            if (request instanceof RecipientRequest.ToAddress toAddress) {
                return Optional.of(toAddress.recipient());
            }
            if (request instanceof RecipientRequest.ToContactAddress toContactAddress) {
                return Optional.of(toContactAddress.recipient());
            }
            return Optional.empty();
        }

        private Delivery delivery(DeliveryId id, MessageId messageId, Resolution.Destination destination, boolean claimNow,
                                  Instant now) {
            Channel channel = destination.recipient().channel();
            Delivery delivery = Delivery.queue(id, messageId, command.tenantId(), destination.recipient(),
                    personalisation.deliveryContent(channel, destination.contact()), notBefore, now);
            SealedCredentials sealed = credentials.get(channel);
            delivery = sealed == null ? delivery : delivery.withCredentials(sealed);
            return claimNow ? delivery.claim(now) : delivery;
        }
    }

    /**
     * A command made into the message to store and what became of each recipient.
     *
     * @param message      the message with its deliveries, or empty when nobody is to be reached
     * @param storedBefore an earlier attempt at the same request stored the message: this one stores nothing
     */
    record Composed(Optional<NewMessage> message, List<RecipientOutcome> outcomes, boolean storedBefore) {

        Composed storedBefore(boolean before) {
            return new Composed(message, outcomes, before);
        }

        /** The messages this attempt stores: none when an earlier attempt stored them. */
        List<NewMessage> toStore() {
            return storedBefore ? List.of() : message.stream().toList();
        }

        /** The answer to the send, with its deliveries as they were stored. */
        SendResult result() {
            return result(Map.of());
        }

        /** The answer to the send, with each delivery in its latest state where {@code latest} holds one. */
        SendResult result(Map<DeliveryId, Delivery> latest) {
            return new SendResult(message.map(stored -> stored.message().id()), message.map(stored -> stored.message().content()),
                    outcomes.stream().map(outcome -> outcome instanceof RecipientOutcome.Accepted accepted
                            ? new RecipientOutcome.Accepted(accepted.request(), accepted.deliveries().stream()
                                    .map(delivery -> latest.getOrDefault(delivery.id(), delivery)).toList())
                            : outcome).toList());
        }
    }
}
