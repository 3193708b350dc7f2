package switchboard.application.tenant;

import java.util.List;

import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.Tenant;

public interface ListTenantsUseCase {

    /** A page of the gateway's tenants, the newest first. */
    List<Tenant> list(PageRequest page);
}
