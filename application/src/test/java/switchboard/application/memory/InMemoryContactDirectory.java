package switchboard.application.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import switchboard.application.contact.port.AddressedContact;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

final class InMemoryContactDirectory implements ContactDirectory {

    private final Map<TenantId, TreeMap<String, Contact>> contacts = new ConcurrentHashMap<>();
    /** Per tenant, each contact's addresses, in lower case. */
    private final Map<TenantId, Map<String, Set<String>>> addresses = new ConcurrentHashMap<>();

    @Override
    public synchronized void upsert(TenantId tenantId, List<AddressedContact> batch) {
        batch.forEach(entry -> {
            of(tenantId).put(entry.contact().id().value(), entry.contact());
            addressesOf(tenantId).put(entry.contact().id().value(),
                    entry.addresses().stream().map(InMemoryContactDirectory::key).collect(Collectors.toSet()));
        });
    }

    @Override
    public synchronized Optional<Contact> find(TenantId tenantId, ContactId id) {
        return Optional.ofNullable(of(tenantId).get(id.value()));
    }

    @Override
    public synchronized List<Contact> findAll(TenantId tenantId, Collection<ContactId> ids) {
        return ids.stream().distinct().map(id -> of(tenantId).get(id.value())).filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized List<Contact> findByAddresses(TenantId tenantId, Collection<Address> wanted) {
        Set<String> keys = wanted.stream().map(InMemoryContactDirectory::key).collect(Collectors.toSet());
        Set<String> ids = new TreeSet<>();
        addressesOf(tenantId).forEach((id, held) -> {
            if (held.stream().anyMatch(keys::contains)) {
                ids.add(id);
            }
        });
        return ids.stream().map(of(tenantId)::get).toList();
    }

    @Override
    public synchronized Page<Contact> list(TenantId tenantId, PageRequest page) {
        List<Contact> all = List.copyOf(of(tenantId).values());
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size());
    }

    @Override
    public synchronized List<Contact> findMatching(TenantId tenantId, Scope scope) {
        return of(tenantId).values().stream().filter(contact -> scope.matches(contact.data())).toList();
    }

    @Override
    public synchronized boolean delete(TenantId tenantId, ContactId id) {
        addressesOf(tenantId).remove(id.value());
        return of(tenantId).remove(id.value()) != null;
    }

    @Override
    public synchronized long deleteAll(TenantId tenantId) {
        int count = of(tenantId).size();
        of(tenantId).clear();
        addressesOf(tenantId).clear();
        return count;
    }

    private TreeMap<String, Contact> of(TenantId tenantId) {
        return contacts.computeIfAbsent(tenantId, id -> new TreeMap<>());
    }

    private Map<String, Set<String>> addressesOf(TenantId tenantId) {
        return addresses.computeIfAbsent(tenantId, id -> new HashMap<>());
    }

    private static String key(Address address) {
        return address.value().toLowerCase(Locale.ROOT);
    }
}
