package switchboard.bootstrap.wiring;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import switchboard.application.retention.PurgeFinishedMessagesUseCase;

/**
 * Purges finished messages past their retention every {@code switchboard.retention.purge-interval},
 * in each process: a purge that finds rows another process deleted first does no harm. Like {@link
 * DispatchLifecycle}, it is the process's own clock driving a use case, with no protocol to
 * translate, so it lives with the wiring rather than in an inbound adapter module.
 */
@Singleton
class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final PurgeFinishedMessagesUseCase purge;

    RetentionSchedule(PurgeFinishedMessagesUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${switchboard.retention.purge-interval:10m}", initialDelay = "${switchboard.retention.purge-interval:10m}")
    void purge() {
        int purged = purge.purge();
        if (purged > 0) {
            LOG.info("purged {} finished messages past their retention", purged);
        }
    }
}
