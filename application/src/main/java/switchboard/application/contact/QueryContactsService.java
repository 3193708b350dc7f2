package switchboard.application.contact;

import java.util.List;
import java.util.Objects;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

public final class QueryContactsService implements QueryContactsUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;

    public QueryContactsService(TenantStore tenants, ContactDirectory contacts) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
    }

    @Override
    public ContactMatches query(TenantId tenantId, Scope scope, PageRequest page) {
        KnownTenants.require(tenants, tenantId);
        List<ContactId> matching = contacts.findMatching(tenantId, scope).stream().map(Contact::id).toList();
        return new ContactMatches(matching.size(), matching.subList(Math.min(page.offset(), matching.size()),
                Math.min(page.offset() + page.limit(), matching.size())));
    }
}
