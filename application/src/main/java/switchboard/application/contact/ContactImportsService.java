package switchboard.application.contact;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import switchboard.application.contact.port.ContactImports;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.TenantStore;
import switchboard.domain.tenant.TenantId;

/** Reading the tenant's contacts imports. */
public final class ContactImportsService implements GetContactImportUseCase, ListContactImportsUseCase {

    static final int LATEST = 20;

    private final TenantStore tenants;
    private final ContactImports imports;

    public ContactImportsService(TenantStore tenants, ContactImports imports) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    @Override
    public ContactImport get(TenantId tenantId, UUID id) {
        return imports.find(tenantId, id).orElseThrow(() -> new NotFoundException("contact import", id));
    }

    @Override
    public List<ContactImport> latest(TenantId tenantId) {
        KnownTenants.require(tenants, tenantId);
        return imports.latest(tenantId, LATEST);
    }
}
