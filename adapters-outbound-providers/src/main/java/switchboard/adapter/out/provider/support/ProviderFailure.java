package switchboard.adapter.out.provider.support;

import java.util.Objects;

import switchboard.domain.delivery.AttemptResult;

/**
 * A send that cannot go on, with what it comes to for the delivery: thrown between the steps of
 * one attempt (getting a token, reaching the provider) and turned into the attempt's result by
 * the sender, which itself never throws. Carries no stack trace: it is an outcome, not a bug.
 */
public final class ProviderFailure extends Exception {

    private final transient AttemptResult outcome;

    public ProviderFailure(AttemptResult outcome) {
        super(errorOf(outcome), null, false, false);
        this.outcome = Objects.requireNonNull(outcome, "outcome");
    }

    public static ProviderFailure rejected(String error) {
        return new ProviderFailure(new AttemptResult.Rejected(error));
    }

    public static ProviderFailure deferred(String error) {
        return new ProviderFailure(new AttemptResult.Deferred(error));
    }

    public AttemptResult outcome() {
        return outcome;
    }

    private static String errorOf(AttemptResult outcome) {
        if (outcome instanceof AttemptResult.Rejected rejected) {
            return rejected.error();
        }
        if (outcome instanceof AttemptResult.Gone gone) {
            return gone.error();
        }
        if (outcome instanceof AttemptResult.Deferred deferred) {
            return deferred.error();
        }
        return outcome.toString();
    }
}
