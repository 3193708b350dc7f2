package switchboard.application.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import switchboard.application.audit.port.AuditLog;

import static switchboard.domain.Invariants.require;

public final class PurgeAuditLogService implements PurgeAuditLogUseCase {

    private final AuditLog log;
    private final Duration retention;
    private final Clock clock;

    public PurgeAuditLogService(AuditLog log, Duration retention, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        require(retention != null && !retention.isNegative() && !retention.isZero(), "the audit log's retention must be positive");
        this.retention = retention;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int purge() {
        return log.deleteBefore(clock.instant().minus(retention));
    }
}
