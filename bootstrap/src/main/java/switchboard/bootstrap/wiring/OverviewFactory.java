package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.overview.CountOutboxService;
import switchboard.application.overview.CountOutboxUseCase;

/** The operator console's overview of the outbox, from the census the metrics read too. */
@Factory
class OverviewFactory {

    @Singleton
    CountOutboxUseCase countOutbox(OutboxCensus census, Clock clock) {
        return new CountOutboxService(census, clock);
    }
}
