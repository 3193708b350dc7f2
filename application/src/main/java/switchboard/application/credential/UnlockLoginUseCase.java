package switchboard.application.credential;

/** An operator's unlock: forgets the failed logins counted against a username or an address, ending its lock. */
public interface UnlockLoginUseCase {

    void unlock(LoginLock lock);
}
