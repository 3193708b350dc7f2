package switchboard.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.port.in.BatchSendOutcome;
import switchboard.application.port.in.SendBatchUseCase;
import switchboard.application.port.in.SendCommand;
import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.NewMessage;
import switchboard.application.port.out.PhoneNumberNormalizer;
import switchboard.application.port.out.SecretSealer;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TemplateRenderer;
import switchboard.application.port.out.TenantStore;
import switchboard.domain.InvalidValueException;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/** Sends a batch, each command its own message, all stored in one transaction. */
public final class SendBatchService implements SendBatchUseCase {

    private final TenantStore tenants;
    private final SendPreparation preparation;
    private final MessageStore messages;
    private final SuppressionList suppressions;
    private final DispatchWorker worker;
    private final Clock clock;

    public SendBatchService(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones,
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
    public List<BatchSendOutcome> sendAll(TenantId tenantId, List<SendCommand> commands) {
        Tenant tenant = KnownTenants.require(tenants, tenantId);
        Instant now = clock.instant();
        List<Optional<SendPreparation.Prepared>> prepared = new ArrayList<>();
        List<BatchSendOutcome> outcomes = new ArrayList<>();
        List<Recipient> reached = new ArrayList<>();
        for (SendCommand command : commands) {
            if (!command.tenantId().equals(tenantId) || !command.awaitOutcome().isZero()) {
                throw new IllegalArgumentException("a batch sends for one tenant, without awaiting the outcome");
            }
            try {
                SendPreparation.Prepared each = preparation.prepare(command, tenant, now);
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
                SendPreparation.Accepted accepted = prepared.get(index).get().accept(suppressed, false, now);
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
}
