package switchboard.application.contact;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

public final class UpsertContactsService implements UpsertContactsUseCase {

    private final TenantStore tenants;
    private final ContactDirectory contacts;
    private final ContactAddresses addresses;

    public UpsertContactsService(TenantStore tenants, ContactDirectory contacts, PhoneNumberNormalizer phones) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.addresses = new ContactAddresses(Objects.requireNonNull(phones, "phones"));
    }

    @Override
    public void upsert(TenantId tenantId, List<Contact> batch) {
        require(!batch.isEmpty(), "give at least one contact");
        require(batch.size() <= MAX_CONTACTS_PER_CALL, "give at most %d contacts per call", MAX_CONTACTS_PER_CALL);
        Set<ContactId> seen = new HashSet<>();
        for (Contact contact : batch) {
            require(seen.add(contact.id()), "the contact id '%s' appears twice", contact.id());
        }
        KnownTenants.require(tenants, tenantId);
        contacts.upsert(tenantId, batch.stream().map(addresses::of).toList());
    }
}
