package switchboard.application.guard;

import java.util.Objects;
import java.util.UUID;

import switchboard.domain.tenant.TenantId;

/** What a request with an Idempotency-Key may do. */
public sealed interface IdempotencyClaim {

    /** The key is this request's: handle it, then record its response (or release the key if it failed). */
    record Granted(TenantId tenantId, String key, UUID claimId) implements IdempotencyClaim {
        public Granted {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(claimId, "claimId");
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
