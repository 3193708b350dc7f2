package switchboard.application.suppression;

import java.util.List;

import switchboard.application.shared.PageRequest;
import switchboard.domain.tenant.TenantId;

public interface ListSuppressionsUseCase {

    /** The addresses sends pass over because their provider reported them gone, newest first. */
    List<Suppression> list(TenantId tenantId, PageRequest page);
}
