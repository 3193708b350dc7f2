package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import switchboard.application.contact.port.AddressedContact;
import switchboard.application.shared.Page;
import switchboard.application.shared.PageRequest;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.scope.Scope;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class ContactDirectoryContract extends StoreContract {

    @Test
    void keepsArbitraryJsonDataIntact() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("Email", "nick@example.org");
        data.put("Age", new BigDecimal("35"));
        data.put("Score", new BigDecimal("1.5"));
        data.put("Active", true);
        data.put("Nothing", null);
        data.put("Tags", List.of("a", new BigDecimal("2")));
        data.put("Address", Map.of("City", "Cape Town", "Lines", List.of("1 Main Rd")));
        data.put("Phones", List.of(Map.of("Type", "work", "Number", "+27111111111")));
        Contact contact = new Contact(new ContactId("c-1"), ContactData.of(data));
        stores.contacts().upsert(ACME, List.of(new AddressedContact(contact, Set.of())));

        Contact found = stores.contacts().find(ACME, new ContactId("c-1")).orElseThrow();
        assertThat(found).isEqualTo(contact);
        assertThat(found.data().asMap()).containsKey("Nothing");
    }

    @Test
    void upsertReplacesTheDataOfExistingContacts() {
        stores.contacts().upsert(ACME, List.of(addressed("a", "old@example.com"), addressed("b", "b@example.com")));
        stores.contacts().upsert(ACME, List.of(addressed("a", "new@example.com"), addressed("c", "c@example.com")));

        assertThat(stores.contacts().find(ACME, new ContactId("a")).orElseThrow().data().asMap())
                .containsEntry("email", "new@example.com");
        assertThat(stores.contacts().list(ACME, new PageRequest(0, 10)).total()).isEqualTo(3);
    }

    @Test
    void storesThousandsInOneCall() {
        List<AddressedContact> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(addressed(String.format("c%05d", i), "user" + i + "@example.com"));
        }
        stores.contacts().upsert(ACME, many);

        Page<Contact> page = stores.contacts().list(ACME, new PageRequest(4_990, 100));
        assertThat(page.total()).isEqualTo(5_000);
        assertThat(page.items()).extracting(found -> found.id().value()).hasSize(10).startsWith("c04990").endsWith("c04999");
        List<Address> wanted = new ArrayList<>();
        for (int i = 0; i < 5_000; i += 2) {
            wanted.add(new EmailAddress("user" + i + "@example.com"));
        }
        assertThat(stores.contacts().findByAddresses(ACME, wanted)).as("found in one lookup").hasSize(2_500)
                .first().extracting(found -> found.id().value()).isEqualTo("c00000");
    }

    @Test
    void aLargeBatchReplacesDataAndAddressesAndKeepsAnyText() {
        List<AddressedContact> first = new ArrayList<>();
        List<AddressedContact> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(addressed("c" + i, "old" + i + "@example.com"));
            second.add(addressed("c" + i, "new" + i + "@example.com"));
        }
        Map<String, Object> awkward = new LinkedHashMap<>();
        awkward.put("email", "tab\tnew@example.com");
        awkward.put("Note", "a\\backslash, a\ttab, a\nline, \"quotes\", \u00e9\u4e2d");
        Contact odd = new Contact(new ContactId("odd\\id with space"), ContactData.of(awkward));
        second.add(new AddressedContact(odd, Set.of(new EmailAddress("odd@example.com"))));
        stores.contacts().upsert(ACME, first);
        stores.contacts().upsert(ACME, second);

        assertThat(stores.contacts().list(ACME, new PageRequest(0, 1)).total()).isEqualTo(201);
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("old7@example.com")))).isEmpty();
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("new7@example.com"))))
                .extracting(found -> found.id().value()).containsExactly("c7");
        assertThat(stores.contacts().find(ACME, new ContactId("c7"))).as("its data replaced too").contains(second.get(7).contact());
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("ODD@example.com")))).containsExactly(odd);
    }

    @Test
    void findsContactsByAnyOfTheirAddressesIgnoringCase() {
        stores.contacts().upsert(ACME, List.of(
                new AddressedContact(contact("b", "Nick@Example.org"), Set.of(new EmailAddress("Nick@example.org"),
                        new PhoneNumber("+27111111111"))),
                new AddressedContact(contact("a", "nick@example.org"), Set.of(new EmailAddress("nick@example.org"))),
                addressed("c", "other@example.org")));
        stores.contacts().upsert(GLOBEX, List.of(addressed("g", "nick@example.org")));

        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("NICK@example.org"))))
                .extracting(found -> found.id().value()).containsExactly("a", "b");
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new PhoneNumber("+27111111111"),
                new EmailAddress("nick@example.org")))).extracting(found -> found.id().value()).containsExactly("a", "b");
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new PhoneNumber("+27222222222")))).isEmpty();
    }

    @Test
    void anUpsertReplacesTheAddressesAContactIsFoundBy() {
        stores.contacts().upsert(ACME, List.of(addressed("a", "old@example.org")));
        stores.contacts().upsert(ACME, List.of(addressed("a", "new@example.org")));

        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("old@example.org")))).isEmpty();
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("new@example.org")))).hasSize(1);
        assertThat(stores.contacts().delete(ACME, new ContactId("a"))).isTrue();
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("new@example.org")))).isEmpty();
        stores.contacts().upsert(ACME, List.of(addressed("b", "b@example.org")));
        stores.contacts().deleteAll(ACME);
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("b@example.org")))).isEmpty();
    }

    @Test
    void findsSeveralByIdIgnoringUnknownOnesAndRepeats() {
        stores.contacts().upsert(ACME, List.of(addressed("a", "a@example.com"), addressed("b", "b@example.com")));

        assertThat(stores.contacts().findAll(ACME, List.of(new ContactId("a"), new ContactId("zzz"), new ContactId("b"),
                new ContactId("a"))))
                .extracting(found -> found.id().value()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void tenantsNeverSeeEachOthersContacts() {
        stores.contacts().upsert(ACME, List.of(addressed("shared-id", "acme@example.com")));
        stores.contacts().upsert(GLOBEX, List.of(addressed("shared-id", "globex@example.com")));

        assertThat(stores.contacts().find(GLOBEX, new ContactId("shared-id")).orElseThrow().data().asMap())
                .containsEntry("email", "globex@example.com");
        assertThat(stores.contacts().deleteAll(GLOBEX)).isEqualTo(1);
        assertThat(stores.contacts().find(ACME, new ContactId("shared-id"))).isPresent();
        assertThat(stores.contacts().findAll(GLOBEX, List.of(new ContactId("shared-id")))).isEmpty();
    }

    @Test
    void deletesOneContact() {
        stores.contacts().upsert(ACME, List.of(addressed("a", "a@example.com"), addressed("b", "b@example.com")));

        assertThat(stores.contacts().delete(ACME, new ContactId("a"))).isTrue();
        assertThat(stores.contacts().delete(ACME, new ContactId("a"))).isFalse();
        assertThat(stores.contacts().list(ACME, new PageRequest(0, 10)).items()).extracting(found -> found.id().value())
                .containsExactly("b");
    }

    @Test
    void findsTheContactsAScopeMatchesInIdOrder() {
        stores.contacts().upsert(ACME, unaddressed(
                new Contact(new ContactId("nick"), ContactData.of(Map.of("Email", "nick@example.org", "Age", "35",
                        "Tags", List.of("vip", "beta")))),
                new Contact(new ContactId("john"), ContactData.of(Map.of("Email", "john@example.org", "Age", 41))),
                new Contact(new ContactId("ann"), ContactData.of(Map.of("Email", "ann@example.org", "Age", 29)))));
        stores.contacts().upsert(GLOBEX, unaddressed(new Contact(new ContactId("nick"),
                ContactData.of(Map.of("Email", "nick@example.org")))));

        assertThat(stores.contacts().findMatching(ACME, Scope.parse(Map.of("Email",
                Map.of("$in", List.of("nick@example.org", "john@example.org"))))))
                .extracting(found -> found.id().value()).containsExactly("john", "nick");
        assertThat(stores.contacts().findMatching(ACME, Scope.parse(Map.of("Age", Map.of("$gte", 35)))))
                .extracting(found -> found.id().value()).containsExactly("john", "nick");
        assertThat(stores.contacts().findMatching(ACME, Scope.parse(Map.of("Tags", "vip"))))
                .extracting(found -> found.id().value()).containsExactly("nick");
        assertThat(stores.contacts().findMatching(ACME, Scope.parse(Map.of("Email", "nobody@example.org")))).isEmpty();
    }

    /** Contacts stored without any address to be found by. */
    private static List<AddressedContact> unaddressed(Contact... contacts) {
        return Arrays.stream(contacts).map(contact -> new AddressedContact(contact, Set.of())).toList();
    }

    /** A contact found by its one email address. */
    protected static AddressedContact addressed(String id, String email) {
        return new AddressedContact(contact(id, email), Set.of(new EmailAddress(email)));
    }

    protected static Contact contact(String id, String email) {
        return new Contact(new ContactId(id), ContactData.of(Map.of("email", email)));
    }
}
