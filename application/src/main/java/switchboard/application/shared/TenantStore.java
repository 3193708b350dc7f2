package switchboard.application.shared;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface TenantStore {

    /** Adds a tenant; false if one with that id exists already. */
    boolean add(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    /** Replaces the tenant's name and settings (contact fields, retention). */
    void update(Tenant tenant);

    /** The retention of every tenant that has one of its own, read afresh. */
    Map<TenantId, Duration> retentionOverrides();
}
