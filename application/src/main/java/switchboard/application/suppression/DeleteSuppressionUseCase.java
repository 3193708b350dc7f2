package switchboard.application.suppression;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

public interface DeleteSuppressionUseCase {

    /**
     * Lets sends use the address again (the person opted back in, the app was reinstalled).
     *
     * @throws NotFoundException if the address is not suppressed
     */
    void delete(TenantId tenantId, Recipient recipient);
}
