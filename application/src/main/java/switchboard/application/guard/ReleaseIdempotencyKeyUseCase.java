package switchboard.application.guard;

public interface ReleaseIdempotencyKeyUseCase {

    /** Gives the key up without a response (the request failed), so that a repeat runs again. */
    void release(IdempotencyClaim.Granted claim);
}
