package switchboard.application.guard;

public interface CompleteIdempotentRequestUseCase {

    /** Keeps the response of the claimed request, for its repeats, until the key expires. */
    void complete(IdempotencyClaim.Granted claim, RecordedResponse response);
}
