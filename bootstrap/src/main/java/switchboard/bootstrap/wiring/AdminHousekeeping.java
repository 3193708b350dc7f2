package switchboard.bootstrap.wiring;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import switchboard.application.audit.PurgeAuditLogUseCase;
import switchboard.application.credential.ForgetOldLoginFailuresUseCase;

/**
 * Every {@code switchboard.audit.purge-interval}, in each process: deletes the audit entries past
 * their retention and the counts of failed logins that are over. Like {@link RetentionSchedule},
 * the process's clock driving use cases, so it lives with the wiring.
 */
@Singleton
class AdminHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(AdminHousekeeping.class);

    private final PurgeAuditLogUseCase purgeAuditLog;
    private final ForgetOldLoginFailuresUseCase forgetLoginFailures;

    AdminHousekeeping(PurgeAuditLogUseCase purgeAuditLog, ForgetOldLoginFailuresUseCase forgetLoginFailures) {
        this.purgeAuditLog = purgeAuditLog;
        this.forgetLoginFailures = forgetLoginFailures;
    }

    @Scheduled(fixedDelay = "${switchboard.audit.purge-interval:1h}", initialDelay = "${switchboard.audit.purge-interval:1h}")
    void purge() {
        int purged = purgeAuditLog.purge();
        if (purged > 0) {
            LOG.info("purged {} audit entries past their retention", purged);
        }
        forgetLoginFailures.forget();
    }
}
