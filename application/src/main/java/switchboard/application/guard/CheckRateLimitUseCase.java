package switchboard.application.guard;

import java.util.Optional;

public interface CheckRateLimitUseCase {

    /**
     * Counts one request of the caller against its API's limits per credential and per tenant,
     * and the tenant's limit across APIs.
     *
     * @return empty when the request may go on; otherwise {@link GuardRefusal.TooManyRequests}, and nothing is counted
     */
    Optional<GuardRefusal> check(ApiCaller caller);
}
