package switchboard.application.guard;

public interface ClaimIdempotencyKeyUseCase {

    /**
     * Claims the request's key for it, unless the tenant's key is held by a request still in
     * flight (refused), answered a different request (refused), or answered this very request
     * within the retention time (replay). Expired records and abandoned claims are taken over.
     */
    IdempotencyClaim claim(IdempotentRequest request);
}
