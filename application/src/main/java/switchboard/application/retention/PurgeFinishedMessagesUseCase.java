package switchboard.application.retention;

public interface PurgeFinishedMessagesUseCase {

    /**
     * Deletes the messages that have been finished (sent, delivered, failed, dead, cancelled or
     * captured: nothing left queued or being sent) for longer than their tenant's retention, or
     * the gateway's, in small batches, each its own transaction. A purged message is gone: every
     * API reads it as not found. Suppressions and in-app inbox items stay.
     *
     * @return how many messages were deleted
     */
    int purge();
}
