package switchboard.application.contact;

import java.util.Objects;

import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

public final class SetContactFieldsService implements SetContactFieldsUseCase {

    private final TenantStore tenants;

    public SetContactFieldsService(TenantStore tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    @Override
    public Tenant setContactFields(TenantId tenantId, ContactFields fields) {
        Tenant updated = KnownTenants.require(tenants, tenantId).withContactFields(fields);
        tenants.update(updated);
        return updated;
    }
}
