package switchboard.application.port.in;

import switchboard.application.port.RecordedResponse;

public interface CompleteIdempotentRequestUseCase {

    /** Keeps the response of the claimed request, for its repeats, until the key expires. */
    void complete(IdempotencyClaim.Granted claim, RecordedResponse response);
}
