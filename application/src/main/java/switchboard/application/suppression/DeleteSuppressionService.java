package switchboard.application.suppression;

import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

public final class DeleteSuppressionService implements DeleteSuppressionUseCase {

    private final TenantStore tenants;
    private final SuppressionList suppressions;

    public DeleteSuppressionService(TenantStore tenants, SuppressionList suppressions) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
    }

    @Override
    public void delete(TenantId tenantId, Recipient recipient) {
        KnownTenants.require(tenants, tenantId);
        if (!suppressions.remove(tenantId, recipient)) {
            throw new NotFoundException("suppressed address", recipient.address().value());
        }
    }
}
