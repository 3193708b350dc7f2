package switchboard.application.port.in;

import java.util.List;

import switchboard.application.port.PageRequest;
import switchboard.application.port.Suppression;
import switchboard.domain.tenant.TenantId;

public interface ListSuppressionsUseCase {

    /** The addresses sends pass over because their provider reported them gone, newest first. */
    List<Suppression> list(TenantId tenantId, PageRequest page);
}
