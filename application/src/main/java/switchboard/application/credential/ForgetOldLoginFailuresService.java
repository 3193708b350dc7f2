package switchboard.application.credential;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

import switchboard.application.credential.port.FailureLimit;
import switchboard.application.credential.port.LoginFailures;

public final class ForgetOldLoginFailuresService implements ForgetOldLoginFailuresUseCase {

    private final LoginFailures failures;
    private final LoginPolicy policy;
    private final Clock clock;

    public ForgetOldLoginFailuresService(LoginFailures failures, LoginPolicy policy, Clock clock) {
        this.failures = Objects.requireNonNull(failures, "failures");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int forget() {
        Duration longestWindow = Stream.of(policy.perUsername(), policy.perAddress()).flatMap(limit -> limit.stream())
                .map(FailureLimit::window).max(Duration::compareTo).orElse(Duration.ZERO);
        return failures.deleteOld(clock.instant(), longestWindow);
    }
}
