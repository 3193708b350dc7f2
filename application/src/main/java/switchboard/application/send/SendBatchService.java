package switchboard.application.send;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import switchboard.application.message.port.NewMessage;
import switchboard.application.shared.KnownTenants;
import switchboard.domain.InvalidValueException;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/** Sends a batch, each command its own message, all stored in one transaction. */
public final class SendBatchService implements SendBatchUseCase {

    private final SendingPorts ports;
    private final SendPreparation preparation;

    public SendBatchService(SendingPorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.preparation = new SendPreparation(ports);
    }

    @Override
    public List<BatchSendOutcome> sendAll(TenantId tenantId, List<SendCommand> commands) {
        Tenant tenant = KnownTenants.require(ports.tenants(), tenantId);
        Instant now = ports.clock().instant();
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
        Set<Recipient> suppressed = ports.suppressions().suppressedAmong(tenantId, reached);
        List<NewMessage> stored = new ArrayList<>();
        for (int index = 0; index < commands.size(); index++) {
            if (prepared.get(index).isPresent()) {
                SendPreparation.Accepted accepted = prepared.get(index).get().accept(suppressed, false, now);
                accepted.message().ifPresent(message -> stored.add(new NewMessage(message, accepted.deliveries())));
                outcomes.set(index, new BatchSendOutcome.Sent(accepted.result(Map.of())));
            }
        }
        if (!stored.isEmpty()) {
            ports.messages().saveAll(stored);
            ports.worker().wakeUp();
        }
        return outcomes;
    }
}
