package switchboard.adapter.in.guard;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import switchboard.application.guard.PurgeExpiredKeysUseCase;

/**
 * Deletes expired Idempotency-Key records and idle rate-limit buckets every
 * {@code switchboard.idempotency.purge-interval}. Every process runs it; deleting what another
 * deleted first does no harm. Answers do not depend on it: an expired key is taken over in place.
 */
@Singleton
class ExpiredKeysPurge {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredKeysPurge.class);

    private final PurgeExpiredKeysUseCase purge;

    ExpiredKeysPurge(PurgeExpiredKeysUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${switchboard.idempotency.purge-interval:10m}", initialDelay = "${switchboard.idempotency.purge-interval:10m}")
    void purge() {
        int purged = purge.purge();
        LOG.debug("purged {} expired Idempotency-Keys and idle rate-limit buckets", purged);
    }
}
