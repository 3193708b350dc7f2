package switchboard.application.guard.port;

import switchboard.application.guard.ApiCaller;

/** Counts what the request guard turns away or answers from its records, for the gateway's metrics. Cheap, and never throws. */
public interface GuardMeter {

    /** A request refused because a rate limit of the caller's was spent. */
    void rateLimited(ApiCaller caller);

    /** A repeat of an answered request, answered with the recorded answer of its Idempotency-Key. */
    void replayed(ApiCaller caller);
}
