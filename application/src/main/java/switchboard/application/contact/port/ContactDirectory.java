package switchboard.application.contact.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

/** The tenant's contacts, ordered by id wherever they are listed. */
public interface ContactDirectory {

    /**
     * Creates the contacts or replaces the data of those that exist, and replaces the addresses
     * each is found by, all in one transaction.
     */
    void upsert(TenantId tenantId, List<AddressedContact> contacts);

    Optional<Contact> find(TenantId tenantId, ContactId id);

    /** The contacts among {@code ids} that exist, each once, in no particular order. */
    List<Contact> findAll(TenantId tenantId, Collection<ContactId> ids);

    /**
     * The contacts found by any of the addresses given at their upsert, each once, ordered by
     * id. Addresses match ignoring case (email addresses are written in any case).
     */
    List<Contact> findByAddresses(TenantId tenantId, Collection<Address> addresses);

    Page<Contact> list(TenantId tenantId, PageRequest page);

    /** The contacts the scope matches, ordered by id. */
    List<Contact> findMatching(TenantId tenantId, Scope scope);

    boolean delete(TenantId tenantId, ContactId id);

    /** Removes every contact of the tenant and says how many there were. */
    long deleteAll(TenantId tenantId);
}
