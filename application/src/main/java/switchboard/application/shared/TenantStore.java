package switchboard.application.shared;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface TenantStore {

    /** Adds a tenant; false if one with that id exists already. */
    boolean add(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    /** A page of the tenants, the newest first (ties in the order of their ids). */
    List<Tenant> list(PageRequest page);

    /** Replaces the tenant's name, settings (contact fields, retention) and suspension. */
    void update(Tenant tenant);

    /**
     * Deletes the tenant with everything it owns (credentials, contacts, templates, provider
     * accounts, suppressions, messages and their deliveries) in one transaction, unless deliveries
     * of it are still queued or being sent.
     */
    Removal remove(TenantId id);

    /** The retention of every tenant that has one of its own, read afresh. */
    Map<TenantId, Duration> retentionOverrides();

    /** What {@link #remove} did. */
    enum Removal { REMOVED, NOT_FOUND, DELIVERIES_PENDING }
}
