package switchboard.application.send;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.TenantId;

public interface SendBatchUseCase {

    /**
     * Sends each command as its own message, the tenant's, storing all of them in one
     * transaction. A command the domain's rules refuse is answered as refused, in its place, and
     * keeps none of the others out. Commands may not await their outcome.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<BatchSendOutcome> sendAll(TenantId tenantId, List<SendCommand> commands);
}
