package switchboard.application.credential;

import java.util.Objects;

import switchboard.application.credential.port.LoginFailures;

public final class UnlockLoginService implements UnlockLoginUseCase {

    private final LoginFailures failures;

    public UnlockLoginService(LoginFailures failures) {
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    @Override
    public void unlock(LoginLock lock) {
        failures.clear(lock.key());
    }
}
