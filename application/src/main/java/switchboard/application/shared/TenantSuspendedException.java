package switchboard.application.shared;

import switchboard.domain.tenant.TenantId;

/**
 * The tenant was suspended after its caller was let in: the dialects refuse it as they refuse a
 * credential they do not know, the Admin API answers 409.
 */
public class TenantSuspendedException extends ConflictException {

    public TenantSuspendedException(TenantId id) {
        super("tenant " + id.value() + " is suspended");
    }
}
