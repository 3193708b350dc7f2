package switchboard.application.contact;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

public interface QueryContactsUseCase {

    /**
     * The ids of the tenant's contacts that the scope matches, ordered, one page of them, with
     * how many match in all.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    ContactMatches query(TenantId tenantId, Scope scope, PageRequest page);
}
