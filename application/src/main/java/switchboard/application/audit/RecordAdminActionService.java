package switchboard.application.audit;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

import switchboard.application.audit.port.AuditLog;

public final class RecordAdminActionService implements RecordAdminActionUseCase {

    private final AuditLog log;
    private final Clock clock;

    public RecordAdminActionService(AuditLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(AdminAction action) {
        log.append(new AuditEntry(UUID.randomUUID(), clock.instant(), action));
    }
}
