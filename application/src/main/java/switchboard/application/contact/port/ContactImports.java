package switchboard.application.contact.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import switchboard.application.contact.ContactImport;
import switchboard.domain.tenant.TenantId;

/** The contacts imports of every tenant, as they progress. */
public interface ContactImports {

    /** Records a new import, with its counts and errors so far (none). */
    void start(ContactImport started);

    /** Replaces the import's state and counts, and adds the errors given to those it has. */
    void update(ContactImport progress, List<ContactImport.LineError> newErrors);

    /** The import with its reported errors, in line order. */
    Optional<ContactImport> find(TenantId tenantId, UUID id);

    /** The tenant's latest imports, newest first, without their errors. */
    List<ContactImport> latest(TenantId tenantId, int limit);
}
