package switchboard.application.delivery;

import java.util.List;

import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.message.MessageId;
import switchboard.domain.tenant.TenantId;

/** What happened to a message's deliveries: each attempt and each provider's report that moved one on. */
public interface ListAttemptsUseCase {

    /** The tenant's message's history, each delivery's oldest entry first; empty for a message the tenant does not have. */
    List<AttemptRecord> list(TenantId tenantId, MessageId messageId);
}
