package switchboard.application.overview;

import java.util.Optional;

import switchboard.domain.tenant.TenantId;

public interface CountOutboxUseCase {

    /**
     * The unfinished and dead deliveries by channel now, and those finished in the last hour, minute by
     * minute: one tenant's, or every tenant's when empty.
     */
    OutboxOverview count(Optional<TenantId> tenant);
}
