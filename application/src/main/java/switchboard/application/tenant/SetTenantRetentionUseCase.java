package switchboard.application.tenant;

import java.time.Duration;
import java.util.Optional;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface SetTenantRetentionUseCase {

    /**
     * Sets how long the tenant's finished messages are kept before they are purged, or with
     * empty, returns it to the gateway's default.
     *
     * @throws NotFoundException if the tenant does not exist
     * @throws switchboard.domain.InvalidValueException if the retention is shorter than the Idempotency-Key retention
     */
    Tenant setRetention(TenantId tenantId, Optional<Duration> retention);
}
