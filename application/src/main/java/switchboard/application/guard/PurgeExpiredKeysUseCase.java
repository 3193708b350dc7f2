package switchboard.application.guard;

public interface PurgeExpiredKeysUseCase {

    /**
     * Deletes Idempotency-Key records past their retention and rate-limit buckets that have sat
     * full and idle; neither changes an answer, they only stop the tables from growing.
     *
     * @return how many were deleted
     */
    int purge();
}
