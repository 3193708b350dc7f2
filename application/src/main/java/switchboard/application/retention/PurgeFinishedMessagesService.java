package switchboard.application.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import switchboard.application.retention.port.MessageHistory;
import switchboard.application.retention.port.PurgedBatch;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.TenantId;

public final class PurgeFinishedMessagesService implements PurgeFinishedMessagesUseCase {

    private final TenantStore tenants;
    private final MessageHistory history;
    private final RetentionPolicy policy;
    private final Clock clock;

    public PurgeFinishedMessagesService(TenantStore tenants, MessageHistory history, RetentionPolicy policy, Clock clock) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.history = Objects.requireNonNull(history, "history");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int purge() {
        Instant now = clock.instant();
        Map<TenantId, Duration> overrides = tenants.retentionOverrides();
        int purged = 0;
        for (Map.Entry<TenantId, Duration> tenant : overrides.entrySet()) {
            purged += purge(new RetentionScope.OneTenant(tenant.getKey()), now.minus(tenant.getValue()));
        }
        return purged + purge(new RetentionScope.AllTenantsExcept(overrides.keySet()), now.minus(policy.retention()));
    }

    private int purge(RetentionScope scope, Instant finishedBefore) {
        int purged = 0;
        PurgedBatch batch;
        do {
            batch = history.deleteFinished(scope, finishedBefore, policy.batchSize());
            purged += batch.messages();
        } while (batch.reached(policy.batchSize()));
        return purged;
    }
}
