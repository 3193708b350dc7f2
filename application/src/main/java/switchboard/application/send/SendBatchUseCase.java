package switchboard.application.send;

import java.util.List;

import switchboard.application.shared.NotFoundException;
import switchboard.domain.tenant.TenantId;

public interface SendBatchUseCase {

    /**
     * Sends each command of the batch as its own message, the tenant's, storing all of them in
     * one transaction. Answers one outcome per item, in the items' order: an item the dialect
     * refused, or whose command the domain's rules refuse, is answered as refused and keeps none
     * of the others out. Commands may not await their outcome.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<BatchSendOutcome> sendAll(TenantId tenantId, List<BatchItem> items);
}
