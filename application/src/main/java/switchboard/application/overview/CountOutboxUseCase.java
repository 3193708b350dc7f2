package switchboard.application.overview;

public interface CountOutboxUseCase {

    /** Every tenant's unfinished and dead deliveries, by channel, now. */
    OutboxOverview count();
}
