package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

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
                                    @Value("${switchboard.retention.purge-interval:10m}") String purgeInterval) {
        Settings.positiveDuration("switchboard.retention.purge-interval (SWITCHBOARD_RETENTION_PURGE_INTERVAL)", purgeInterval);
        return new RetentionPolicy(Settings.positiveDuration("switchboard.retention.age (SWITCHBOARD_RETENTION)", age),
                Settings.positiveInteger("switchboard.retention.batch-size (SWITCHBOARD_RETENTION_BATCH_SIZE)", batchSize));
    }

    @Singleton
    PurgeFinishedMessagesUseCase purgeFinishedMessages(TenantStore tenants, MessageHistory history, RetentionPolicy policy,
                                                       Clock clock) {
        return new PurgeFinishedMessagesService(tenants, history, policy, clock);
    }
}
