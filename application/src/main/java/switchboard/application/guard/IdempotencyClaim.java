package switchboard.application.guard;

import java.util.Objects;
import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** What a request with an Idempotency-Key may do. */
public sealed interface IdempotencyClaim {

    /**
     * The key is this request's: handle it, then record its response (or release the key if it failed).
     *
     * @param requestId the same for every attempt at the request until its key expires: a send derives its
     *                  message ids from it, so that an attempt after a lost answer finds what was stored
     */
    record Granted(TenantId tenantId, String key, UUID claimId, UUID requestId) implements IdempotencyClaim {
        public Granted {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(claimId, "claimId");
            Objects.requireNonNull(requestId, "requestId");
        }
    }

    /** The same request was handled already: answer with its response, doing nothing again. */
    record Replay(RecordedResponse response) implements IdempotencyClaim {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }

    /** The request may not go on (the key is busy, or was used for another request). */
    record Refused(GuardRefusal refusal) implements IdempotencyClaim {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
