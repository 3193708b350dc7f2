package switchboard.application.send;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import switchboard.application.message.port.NewMessage;
import switchboard.application.message.port.SendToStore;
import switchboard.application.shared.KnownTenants;
import switchboard.domain.InvalidValueException;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * Sends a batch, each command its own message, all stored in one transaction with one lookup of
 * the suppressed recipients for the whole batch.
 */
public final class SendBatchService implements SendBatchUseCase {

    private final SendingPorts ports;
    private final SendPreparation preparation;

    public SendBatchService(SendingPorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.preparation = new SendPreparation(ports);
    }

    @Override
    public List<BatchSendOutcome> sendAll(TenantId tenantId, List<BatchItem> items) {
        Tenant tenant = KnownTenants.requireActive(ports.tenants(), tenantId);
        Instant now = ports.clock().instant();
        List<PreparedItem> prepared = items.stream().map(item -> prepare(item, tenant, now)).toList();
        List<Recipient> recipients = prepared.stream().flatMap(item -> item.recipients().stream()).toList();
        List<MessageId> fixedIds = prepared.stream().flatMap(item -> item instanceof PreparedItem.ToSend toSend
                ? toSend.send().command().messageId().stream() : Stream.empty()).toList();
        StoredBatch stored = ports.storeTraced(new SendToStore<>(tenantId, recipients,
                items.size() + recipients.size(), fixedIds, (suppressed, storedBefore) -> composeAll(prepared, suppressed,
                storedBefore, now), Optional.empty()));
        stored.messages().forEach(ports.meter()::accepted);
        List<BatchSendOutcome> outcomes = stored.outcomes();
        if (outcomes.stream().anyMatch(outcome -> outcome instanceof BatchSendOutcome.Sent sent
                && sent.result().messageId().isPresent())) {
            ports.dispatcher().wakeUp();
        }
        return outcomes;
    }

    /**
     * Each item's message without the suppressed recipients, and each item's outcome, in the batch's
     * order; no message to store when an earlier attempt at the request stored them.
     */
    private static SendToStore.Composition<StoredBatch> composeAll(List<PreparedItem> prepared,
                                                                   Set<Recipient> suppressed,
                                                                   boolean storedBefore, Instant now) {
        List<BatchSendOutcome> outcomes = new ArrayList<>(prepared.size());
        List<NewMessage> messages = new ArrayList<>();
        for (PreparedItem item : prepared) {
            if (item instanceof PreparedItem.ToSend toSend) {
                SendPreparation.Composed composed = toSend.send().compose(suppressed, false, now).storedBefore(storedBefore);
                messages.addAll(composed.toStore());
                outcomes.add(new BatchSendOutcome.Sent(composed.result()));
            } else {
                outcomes.add(new BatchSendOutcome.Refused(((PreparedItem.Refused) item).reason()));
            }
        }
        return new SendToStore.Composition<>(messages, Optional.empty(), new StoredBatch(messages, outcomes));
    }

    /** The messages a batch stored (none when an earlier attempt at the request stored them), and its items' outcomes. */
    private record StoredBatch(List<NewMessage> messages, List<BatchSendOutcome> outcomes) {
    }

    /** The item's send, prepared; or its refusal, the dialect's or the domain's. */
    private PreparedItem prepare(BatchItem item, Tenant tenant, Instant now) {
        if (item instanceof BatchItem.Refused refused) {
            return new PreparedItem.Refused(refused.reason());
        }
        SendCommand command = ((BatchItem.Send) item).command();
        if (!command.tenantId().equals(tenant.id()) || !command.awaitOutcome().isZero()) {
            throw new IllegalArgumentException("a batch sends for one tenant, without awaiting the outcome");
        }
        try {
            return new PreparedItem.ToSend(preparation.prepare(command, tenant, now));
        } catch (InvalidValueException refused) {
            return new PreparedItem.Refused(refused.getMessage());
        }
    }

    /** A batch item between its preparation and its outcome. */
    private sealed interface PreparedItem {

        /** The recipients the item reaches, for the batch's one lookup of the suppressed ones. */
        List<Recipient> recipients();

        record ToSend(SendPreparation.Prepared send) implements PreparedItem {
            @Override
            public List<Recipient> recipients() {
                return send.recipients();
            }
        }

        record Refused(String reason) implements PreparedItem {
            @Override
            public List<Recipient> recipients() {
                return List.of();
            }
        }
    }
}
