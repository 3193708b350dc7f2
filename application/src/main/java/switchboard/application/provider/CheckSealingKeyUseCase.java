package switchboard.application.provider;

public interface CheckSealingKeyUseCase {

    /**
     * Whether this process seals with the key of the other processes on its database; the first
     * process on a database records its key's fingerprint, so it always does.
     */
    boolean sealsWithTheDatabasesKey();
}
