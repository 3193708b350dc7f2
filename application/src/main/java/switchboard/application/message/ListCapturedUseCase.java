package switchboard.application.message;

import java.util.List;
import java.util.Optional;

import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

public interface ListCapturedUseCase {

    /**
     * Deliveries kept instead of sent, newest first.
     *
     * @throws NotFoundException if the tenant does not exist
     */
    List<CapturedDelivery> list(TenantId tenantId, Optional<Channel> channel, PageRequest page);
}
