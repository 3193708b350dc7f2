package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

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
        return new RetentionPolicy(outlastingIdempotencyKeys(age, idempotency.retention()),
                Settings.positiveInteger("switchboard.retention.batch-size (SWITCHBOARD_RETENTION_BATCH_SIZE)", batchSize));
    }

    /**
     * The retention, at least as long as an Idempotency-Key is kept: a repeat whose first answer was
     * lost finds its message by the ids its key gave it, and a message purged sooner would be sent again.
     */
    private static Duration outlastingIdempotencyKeys(String text, Duration idempotencyRetention) {
        Duration retention = Settings.positiveDuration("switchboard.retention.age (SWITCHBOARD_RETENTION)", text);
        if (retention.compareTo(idempotencyRetention) < 0) {
            throw new IllegalStateException("switchboard.retention.age (SWITCHBOARD_RETENTION) is '" + text + "': make it at "
                    + "least switchboard.idempotency.retention (SWITCHBOARD_IDEMPOTENCY_RETENTION, " + idempotencyRetention.toString().substring(2)
                    .toLowerCase(Locale.ROOT) + "), so that a repeat whose first answer was lost still finds its message instead of sending it again");
        }
        return retention;
    }

    @Singleton
    PurgeFinishedMessagesUseCase purgeFinishedMessages(TenantStore tenants, MessageHistory history, RetentionPolicy policy,
                                                       Clock clock) {
        return new PurgeFinishedMessagesService(tenants, history, policy, clock);
    }
}
