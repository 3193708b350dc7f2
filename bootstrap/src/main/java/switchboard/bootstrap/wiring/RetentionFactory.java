package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

import switchboard.application.guard.IdempotencyPolicy;
import switchboard.application.retention.PurgeFinishedMessagesService;
import switchboard.application.retention.PurgeFinishedMessagesUseCase;
import switchboard.application.retention.RetentionPolicy;
import switchboard.application.retention.port.MessageHistory;
import switchboard.application.shared.TenantStore;

/**
 * The retention purge and its settings, {@code switchboard.retention.*} (application.yml holds the
 * defaults). A bad value stops the start with a line naming the setting.
 */
@Factory
class RetentionFactory {

    @Singleton
    RetentionPolicy retentionPolicy(@Value("${switchboard.retention.age:30d}") String age,
                                    @Value("${switchboard.retention.batch-size:500}") String batchSize,
                                    @Value("${switchboard.retention.purge-interval:10m}") String purgeInterval,
                                    IdempotencyPolicy idempotency) {
        Settings.positiveDuration("switchboard.retention.purge-interval (SWITCHBOARD_RETENTION_PURGE_INTERVAL)", purgeInterval);
        return new RetentionPolicy(outlastingIdempotencyKeys(age, idempotency),
                Settings.positiveInteger("switchboard.retention.batch-size (SWITCHBOARD_RETENTION_BATCH_SIZE)", batchSize));
    }

    /** The retention, which must outlast the Idempotency-Keys ({@link IdempotencyPolicy#keptBy}). */
    private static Duration outlastingIdempotencyKeys(String text, IdempotencyPolicy idempotency) {
        Duration retention = Settings.positiveDuration("switchboard.retention.age (SWITCHBOARD_RETENTION)", text);
        if (!idempotency.keptBy(retention)) {
            throw new IllegalStateException("switchboard.retention.age (SWITCHBOARD_RETENTION) is '" + text + "': make it at "
                    + "least switchboard.idempotency.retention (SWITCHBOARD_IDEMPOTENCY_RETENTION, " + idempotency.retentionShown()
                    + "), so that a repeat whose first answer was lost still finds its message instead of sending it again");
        }
        return retention;
    }

    @Singleton
    PurgeFinishedMessagesUseCase purgeFinishedMessages(TenantStore tenants, MessageHistory history, RetentionPolicy policy,
                                                       Clock clock) {
        return new PurgeFinishedMessagesService(tenants, history, policy, clock);
    }
}
