package switchboard.application.shared;

import java.util.Optional;

import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public interface TenantStore {

    /** Adds a tenant; false if one with that id exists already. */
    boolean add(Tenant tenant);

    Optional<Tenant> find(TenantId id);

    void update(Tenant tenant);
}
