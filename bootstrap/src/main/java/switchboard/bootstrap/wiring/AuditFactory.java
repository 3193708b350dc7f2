package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.audit.ListAuditEntriesService;
import switchboard.application.audit.ListAuditEntriesUseCase;
import switchboard.application.audit.PurgeAuditLogService;
import switchboard.application.audit.PurgeAuditLogUseCase;
import switchboard.application.audit.RecordAdminActionService;
import switchboard.application.audit.RecordAdminActionUseCase;
import switchboard.application.audit.port.AuditLog;

/** The audit log of admin actions: recording, reading, and the purge past {@code switchboard.audit.retention}. */
@Factory
class AuditFactory {

    @Singleton
    RecordAdminActionUseCase recordAdminAction(AuditLog log, Clock clock) {
        return new RecordAdminActionService(log, clock);
    }

    @Singleton
    ListAuditEntriesUseCase listAuditEntries(AuditLog log) {
        return new ListAuditEntriesService(log);
    }

    @Singleton
    PurgeAuditLogUseCase purgeAuditLog(AuditLog log, Clock clock,
                                       @Value("${switchboard.audit.retention:365d}") String retention,
                                       @Value("${switchboard.audit.purge-interval:1h}") String purgeInterval) {
        Settings.positiveDuration("switchboard.audit.purge-interval (SWITCHBOARD_AUDIT_PURGE_INTERVAL)", purgeInterval);
        return new PurgeAuditLogService(log,
                Settings.positiveDuration("switchboard.audit.retention (SWITCHBOARD_AUDIT_RETENTION)", retention), clock);
    }
}
